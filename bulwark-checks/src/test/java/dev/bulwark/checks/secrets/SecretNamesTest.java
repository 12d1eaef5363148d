package dev.bulwark.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretNamesTest {
  private static final SecretNames DEFAULTS = SecretNames.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // credentials
    "DB_PASSWORD, true",
    "password, true",
    "dbPassword, true",
    "PASSWORD2, true",
    "MYSQL_ROOT_PASSWD, true",
    "SMTP_PWD, true",
    "GPG_PASSPHRASE, true",
    "GITHUB_TOKEN, true",
    "apiToken, true",
    "API_KEY, true",
    "apiKey, true",
    "APIKey, true",
    "X-Api-Key, true",
    "STRIPE_APIKEY, true",
    "AWS_SECRET_ACCESS_KEY, true",
    "AWS_ACCESS_KEY_ID, true",
    "SECRET_KEY_BASE, true",
    "JWT_SIGNING_KEY, true",
    "TLS_PRIVATE_KEY, true",
    "GOOGLE_APPLICATION_CREDENTIALS_JSON, true",
    "REDIS_AUTH, true",
    "BASIC_AUTH, true",
    "DB_PASS, true",
    "OAUTH_CLIENT_SECRET, true",
    "VAULT_SECRET_ID, true",
    // descriptions of a credential, not the credential
    "TOKEN_TTL_SECONDS, false",
    "DB_PASSWORD_FILE, false",
    "PASSWORD_PATH, false",
    "SECRETS_DIR, false",
    "OAUTH_TOKEN_URL, false",
    "TOKEN_ENDPOINT, false",
    "SESSION_TOKEN_EXPIRY, false",
    "PASSWORD_MIN_LENGTH, false",
    "SECRET_NAME, false",
    "AUTH_USER, false",
    "BASIC_AUTH_USERNAME, false",
    "AUTH_ENABLED, false",
    // no credential word at all, or one only inside a longer word
    "DB_HOST, false",
    "AUTHOR, false",
    "OAUTH_PROVIDER, false",
    "BYPASS_CACHE, false",
    "PASS_THROUGH, false",
    "AUTH_SERVICE, false",
    "PASSENGER_COUNT, false",
    "CACHE_KEY, false",
    "KEYCLOAK_REALM, false",
    "TOKENIZER_MODEL, false",
  })
  void judgesNames(String name, boolean secret) {
    assertThat(DEFAULTS.looksSecret(name)).isEqualTo(secret);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "DB_PASSWORD, true",
    "CACHE_KEY, true",
    "SENTRY_DSN, true",
    "API_GATEWAY, true",
    "sessionCookie, true",
    "HMAC_SALT, true",
    "API_URL, false",
    "API_VERSION, false",
    "SESSION_KEY_PREFIX, false",
    "KEYCLOAK_REALM, false",
    "MONKEY, false",
    "LOG_LEVEL, false",
  })
  void judgesHints(String name, boolean hint) {
    assertThat(DEFAULTS.hintsSecret(name)).isEqualTo(hint);
  }

  @Test
  void extraFragmentsAreMatchedAsWordsInAnySpelling() {
    SecretNames withExtras = DEFAULTS.withExtraFragments(List.of("dsn", "connection_string"));
    assertThat(withExtras.looksSecret("SENTRY_DSN")).isTrue();
    assertThat(withExtras.looksSecret("DB_CONNECTION_STRING")).isTrue();
    assertThat(withExtras.looksSecret("dbConnectionString")).isTrue();
    assertThat(withExtras.looksSecret("CONNECTION_STRING_FILE")).isFalse();
    assertThat(withExtras.looksSecret("DSNAME")).isFalse();
    assertThat(DEFAULTS.looksSecret("SENTRY_DSN")).isFalse();
  }

  @Test
  void splitsNamesIntoWords() {
    assertThat(SecretNames.words("oauthClientSecret2"))
        .containsExactly("oauth", "client", "secret", "2");
    assertThat(SecretNames.words("APIKey")).containsExactly("api", "key");
    assertThat(SecretNames.words("x-api_key.v2")).containsExactly("x", "api", "key", "v", "2");
    assertThat(SecretNames.words("__")).isEmpty();
  }
}
