package io.camelcj.component.cj.auth;

/**
 * The three raw authentication calls, implemented by the HTTP client. {@link TokenManager} decides when
 * to make them; nothing else should call them.
 */
public interface TokenApi {

    /**
     * POST authentication/getAccessToken with the API key. CJ allows it once per 5 minutes per key.
     *
     * @throws io.camelcj.component.cj.CjApiException on any failure
     */
    CjTokens getAccessToken(String apiKey);

    /**
     * POST authentication/refreshAccessToken. CJ allows it 5 times per minute.
     *
     * @throws io.camelcj.component.cj.CjApiException on any failure; code 1600003 when the refresh token is dead
     */
    CjTokens refreshAccessToken(String refreshToken);

    /**
     * POST authentication/logout: both tokens stop working.
     *
     * @throws io.camelcj.component.cj.CjApiException on any failure
     */
    void logout(String accessToken);
}
