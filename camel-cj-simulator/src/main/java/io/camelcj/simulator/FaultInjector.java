package io.camelcj.simulator;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Scripted faults per operation ("shopping/order/createOrderV3", or "*" for every operation). Rules are checked
 * in the order they were added; the first that fires wins.
 */
public final class FaultInjector {

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Consumer<String> tokenRevoker;

    FaultInjector(Consumer<String> tokenRevoker) {
        this.tokenRevoker = tokenRevoker;
    }

    /** The next {@code count} calls of {@code operation} get {@code fault}. */
    public FaultInjector failNext(String operation, int count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        rules.add(new Rule(normalise(operation), fault, new AtomicInteger(count), 0, null));
        return this;
    }

    /** Each call of {@code operation} gets {@code fault} with {@code probability}, drawn from a seeded random. */
    public FaultInjector failRandomly(String operation, double probability, long seed, Fault fault) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within [0, 1]");
        }
        rules.add(new Rule(normalise(operation), fault, null, probability, new Random(seed)));
        return this;
    }

    /** Every access token issued so far to this API key now answers 1600001. */
    public FaultInjector revokeTokens(String apiKey) {
        tokenRevoker.accept(apiKey);
        return this;
    }

    public void clear() {
        rules.clear();
    }

    Fault pick(String operation) {
        for (Rule rule : rules) {
            if (rule.matches(operation)) {
                Fault f = rule.fire();
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String normalise(String operation) {
        String op = operation.trim();
        int v1 = op.indexOf("/api2.0/v1/");
        if (v1 >= 0) {
            op = op.substring(v1 + "/api2.0/v1/".length());
        }
        return op.startsWith("/") ? op.substring(1) : op;
    }

    private final class Rule {
        final String operation;
        final Fault fault;
        final AtomicInteger remaining;
        final double probability;
        final Random random;

        Rule(String operation, Fault fault, AtomicInteger remaining, double probability, Random random) {
            this.operation = operation;
            this.fault = fault;
            this.remaining = remaining;
            this.probability = probability;
            this.random = random;
        }

        boolean matches(String op) {
            return operation.equals("*") || operation.equals(op);
        }

        Fault fire() {
            if (remaining != null) {
                int left = remaining.getAndDecrement();
                if (left <= 1) {
                    rules.remove(this);
                }
                return left >= 1 ? fault : null;
            }
            synchronized (random) {
                return random.nextDouble() < probability ? fault : null;
            }
        }
    }
}
