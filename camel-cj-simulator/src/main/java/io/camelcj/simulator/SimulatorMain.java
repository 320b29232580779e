package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone start: {@code java -jar camel-cj-simulator-<version>-standalone.jar --port 8089 --products 500}.
 * Options: --port, --products, --seed, --qps, --api-key, --balance, --token-cooldown-seconds,
 * --rate-limit-status (200|429), --allow-http-webhooks, --ip-qps, --account KEY:QPS (repeatable).
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CjSimulator sim = start(args);
        if (sim == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }));
        System.out.println("CJ simulator running");
        System.out.println("  base URL : " + sim.baseUrl());
        System.out.println("  API key  : " + sim.defaultApiKey());
        System.out.println("  admin    : " + sim.adminUrl() + "/state");
        System.out.println("  products : " + sim.catalogue().productCount());
        stopped.await();
    }

    /** Parses the options and starts the simulator; null after --help. */
    static CjSimulator start(String[] args) {
        CjSimulator.Builder builder = CjSimulator.builder().port(8089).products(500);
        String apiKey = CjSimulator.DEFAULT_API_KEY;
        double qps = 1;
        BigDecimal balance = new BigDecimal("10000.00");
        java.util.List<SimAccount> more = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
                case "--products" -> builder.products(Integer.parseInt(value(args, ++i, arg)));
                case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, arg)));
                case "--qps" -> qps = Double.parseDouble(value(args, ++i, arg));
                case "--api-key" -> apiKey = value(args, ++i, arg);
                case "--balance" -> balance = new BigDecimal(value(args, ++i, arg));
                case "--token-cooldown-seconds" -> builder.tokenCooldown(java.time.Duration.ofSeconds(Long.parseLong(value(args, ++i, arg))));
                case "--rate-limit-status" -> builder.rateLimitHttpStatus(Integer.parseInt(value(args, ++i, arg)));
                case "--strict-webhook-urls" -> builder.strictWebhookUrls(true); // the default; kept for old scripts
                case "--allow-http-webhooks" -> builder.strictWebhookUrls(false);
                case "--ip-qps" -> builder.ipQps(Double.parseDouble(value(args, ++i, arg)));
                case "--account" -> more.add(account(value(args, ++i, arg), balance));
                case "--help", "-h" -> {
                    System.out.println("options: --port N (8089, 0 = free) --products N (500) --seed N (42) --qps Q (1)"
                            + " --api-key KEY --balance USD (10000.00) --token-cooldown-seconds S (300)"
                            + " --rate-limit-status 200|429 --allow-http-webhooks --ip-qps Q (0 = off)"
                            + " --account KEY:QPS (more accounts, repeatable)");
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
            }
        }
        builder.account(SimAccount.builder(apiKey).qps(qps).balance(balance).build());
        more.forEach(builder::account);
        return builder.start();
    }

    /** "KEY:QPS" (the QPS after the last colon; API keys contain '@' but no ':'). */
    private static SimAccount account(String spec, BigDecimal balance) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--account needs KEY:QPS, got " + spec);
        }
        return SimAccount.builder(spec.substring(0, colon)).qps(Double.parseDouble(spec.substring(colon + 1)))
                .balance(balance).build();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
