package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** authentication/*, setting/*, webhook/set. */
final class AccountApi {

    private final SimState state;

    AccountApi(SimState state) {
        this.state = state;
    }

    void register(Routes r) {
        r.add(new Route("authentication/getAccessToken", "POST", Route.Input.JSON, Envelope.RESULT, false, 0, req -> {
            if ((req.str("apiKey") == null || req.str("apiKey").isBlank()) && (req.str("email") != null || req.str("password") != null)) {
                // e-mail + password login is gone; only API keys work
                throw new CjError(1600005, "APIkey is wrong, please check and try again");
            }
            String apiKey = req.required("apiKey", 200).trim();
            Object data = state.tokens.getAccessToken(apiKey);
            req.account = state.accounts.get(apiKey); // for the request log
            return data;
        }));
        r.add(new Route("authentication/refreshAccessToken", "POST", Route.Input.JSON, Envelope.RESULT, false, 0,
                req -> state.tokens.refresh(req.required("refreshToken", 0).trim())));
        r.add(new Route("authentication/logout", "POST", Route.Input.NONE, Envelope.RESULT, true, 0, req -> {
            state.tokens.logout(req.accessToken.trim());
            return true;
        }));
        r.get("setting/get", Envelope.RESULT, 1, this::settings);
        r.json("setting/account/set", "PATCH", Envelope.RESULT, this::setAccount);
        r.json("webhook/set", "POST", Envelope.RESULT, this::setWebhooks);
    }

    private Object settings(ApiRequest r) {
        AccountState a = r.account;
        Map<String, Object> setting = new LinkedHashMap<>();
        List<Map<String, Object>> quotas = new java.util.ArrayList<>();
        if (a.config.dailyLimit() > 0) {
            quotas.add(Map.of("quotaUrl", "/api2.0/v1/*", "quotaLimit", a.config.dailyLimit(), "quotaType", 4));
        }
        if (a.config.quotaLimit() > 0) {
            quotas.add(Map.of("quotaUrl", "/api2.0/v1/*", "quotaLimit", a.config.quotaLimit(), "quotaType", a.config.quotaType()));
        }
        setting.put("quotaLimits", quotas);
        setting.put("qpsLimit", (int) Math.max(1, Math.floor(a.qps)));
        Map<String, Object> callback = new LinkedHashMap<>();
        for (String key : List.of("product", "stock", "order", "logistics")) {
            AccountState.Callback cb = a.callbacks.get(key);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", cb == null ? "CANCEL" : cb.type());
            m.put("urls", cb == null || cb.url() == null ? List.of() : List.of(cb.url()));
            callback.put(key, m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("openId", a.config.openId());
        data.put("openName", a.openName);
        data.put("openEmail", a.openEmail);
        data.put("setting", setting);
        data.put("callback", callback);
        data.put("root", "GENERAL");
        data.put("isSandbox", a.config.sandbox());
        return data;
    }

    private Object setAccount(ApiRequest r) {
        String name = r.optional("openName", 200);
        String email = r.optional("openEmail", 200);
        if ((name == null || name.isBlank()) && (email == null || email.isBlank())) {
            throw CjError.param("openName or openEmail can not be empty");
        }
        if (email != null && !email.isBlank() && !email.contains("@")) {
            throw CjError.param("openEmail is not a valid email address");
        }
        if (name != null && !name.isBlank()) {
            r.account.openName = name;
        }
        if (email != null && !email.isBlank()) {
            r.account.openEmail = email;
        }
        return true;
    }

    /**
     * Stores one callback URL per message type, like CJ: https only and no localhost/127.0.0.1 (1607002/1607001;
     * {@code strictWebhookUrls(false)} also accepts http and loopback URLs, for local tests), a type already
     * enabled answers 1606000 (CANCEL it first), and each new URL is called once and must answer 200 within
     * 3 seconds (1606001 unreachable, 1607000 too slow, 1607003 another status). Nothing is stored unless every
     * URL passes.
     */
    private Object setWebhooks(ApiRequest r) {
        Map<String, AccountState.Callback> updates = new LinkedHashMap<>();
        for (String key : List.of("product", "stock", "order", "logistics")) {
            JsonNode node = r.node(key);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isObject()) {
                throw CjError.param(key + " must be an object");
            }
            String type = node.path("type").asText("");
            if (type.isBlank()) {
                throw CjError.empty(key + ".type");
            }
            type = type.trim().toUpperCase(Locale.ROOT);
            if ("ALL".equals(type)) {
                type = "ENABLE"; // older docs used ALL for ENABLE
            }
            if (!"ENABLE".equals(type) && !"CANCEL".equals(type)) {
                throw CjError.param(key + ".type must be ENABLE or CANCEL");
            }
            JsonNode urls = node.path("callbackUrls");
            if (urls.isArray() && urls.size() > 1) {
                throw CjError.param(key + ".callbackUrls accepts one URL only");
            }
            String url = urls.isArray() && urls.size() == 1 ? urls.get(0).asText().trim() : null;
            if ("ENABLE".equals(type)) {
                if (url == null || url.isBlank()) {
                    throw CjError.empty(key + ".callbackUrls");
                }
                ApiRequest.checkLength(key + ".callbackUrls", url, 200);
                checkUrl(url);
                AccountState.Callback current = r.account.callbacks.get(key);
                if (current != null && "ENABLE".equals(current.type())) {
                    throw new CjError(1606000, "Webhook setting add fail, Webhook already have settings: " + key);
                }
            }
            updates.put(key, new AccountState.Callback(type, "ENABLE".equals(type) ? url : null));
        }
        if (updates.isEmpty()) {
            throw CjError.param("at least one of product, stock, order, logistics must be set");
        }
        updates.values().forEach(cb -> {
            if (cb.url() != null) {
                WebhookDispatcher.Check check = state.webhooks.check(r.account, cb.url());
                if (check.code() != 0) {
                    throw new CjError(check.code(), check.message());
                }
            }
        });
        r.account.callbacks.putAll(updates);
        return true;
    }

    private void checkUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean https = lower.startsWith("https://");
        if (!https && !(lower.startsWith("http://") && !state.strictWebhookUrls)) {
            throw new CjError(1607002, "Webhook url error, Please ensure URL starts with https://");
        }
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            throw CjError.param("callbackUrls is not a valid URL: " + url);
        }
        if (host == null) {
            throw CjError.param("callbackUrls is not a valid URL: " + url);
        }
        if (state.strictWebhookUrls && (host.equalsIgnoreCase("localhost") || host.startsWith("127."))) {
            throw new CjError(1607001, "Please do not use domain names such as localhost, 127.0.0.1");
        }
    }
}
