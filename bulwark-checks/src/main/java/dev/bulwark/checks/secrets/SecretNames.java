package dev.bulwark.checks.secrets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a variable or key name looks like it holds a credential.
 *
 * <p>A name is split into words at {@code _}, {@code -}, {@code .}, camelCase and letter/digit
 * boundaries ({@code dbPassword2} → {@code db password 2}). It looks secret when a run of its words
 * spells a credential word ({@code API_KEY} and {@code apiKey} both spell {@code apikey}), unless a
 * word after the last such run says the value describes the secret rather than being it: {@code
 * DB_PASSWORD_FILE}, {@code TOKEN_TTL_SECONDS}, {@code SECRET_NAME}, {@code AUTH_USERNAME}. Whole
 * words are compared, so {@code BYPASS_CACHE} and {@code AUTHOR} are not secrets.
 */
public final class SecretNames {
  /** Credential words, written as the words of a name would spell them. */
  private static final List<String> CREDENTIAL_WORDS =
      List.of(
          ("password passwords passwd pwd passphrase secret secrets token tokens credential"
                  + " credentials creds api_key access_key private_key signing_key encryption_key"
                  + " master_key")
              .split(" "));

  /**
   * Words that are credentials only at the end of a name: {@code REDIS_AUTH} and {@code DB_PASS}
   * hold secrets, but {@code AUTH_SERVICE} and {@code PASS_THROUGH} are configuration.
   */
  private static final Set<String> CREDENTIAL_WORDS_AT_END = Set.of("auth", "pass");

  /** Words that, after a credential word, make the name describe the secret, not hold it. */
  private static final Set<String> DESCRIPTIVE_WORDS =
      Set.of(
          ("file files path dir directory mount url uri endpoint host hostname port ttl expiry"
                  + " expiration expires lifetime timeout interval seconds minutes hours days"
                  + " length len min max size count name names user username enabled enable"
                  + " disabled required mode type method header policy provider version format"
                  + " algorithm issuer audience scope realm prefix ref")
              .split(" "));

  /**
   * Words that make a name a weaker hint: {@code CACHE_KEY} and {@code API_GATEWAY} are usually
   * configuration, but a random-looking value under such a name is usually a key. {@link
   * CredentialDetector} asks for randomness before it calls these credentials.
   */
  private static final Set<String> HINT_WORDS =
      Set.of(
          ("key keys auth api access private session salt signature sig hmac cookie dsn sas"
                  + " cipher encryption signing")
              .split(" "));

  private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern WORD_BOUNDARY =
      Pattern.compile(
          "(?<=[a-z0-9])(?=[A-Z])" // dbPassword
              + "|(?<=[A-Z])(?=[A-Z][a-z])" // APIKey
              + "|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])"); // password2, s3Key

  /** Immutable, so one instance serves every check and thread (checks ask for it per object). */
  private static final SecretNames DEFAULTS = new SecretNames(spelled(CREDENTIAL_WORDS));

  private final Set<String> credentials;
  private final int longestRun;

  private SecretNames(Set<String> credentials) {
    this.credentials = Set.copyOf(credentials);
    this.longestRun = credentials.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The built-in credential words. */
  public static SecretNames defaults() {
    return DEFAULTS;
  }

  /** These rules plus extra fragments such as {@code dsn} or {@code connection_string}. */
  public SecretNames withExtraFragments(Collection<String> fragments) {
    if (fragments.isEmpty()) {
      return this;
    }
    Set<String> all = new HashSet<>(credentials);
    all.addAll(spelled(fragments));
    return new SecretNames(all);
  }

  /** True when a variable of this name most likely holds a credential. */
  public boolean looksSecret(String name) {
    List<String> words = words(name);
    int lastCredentialWord = -1;
    for (int start = 0; start < words.size(); start++) {
      StringBuilder run = new StringBuilder();
      for (int end = start; end < words.size() && run.length() < longestRun; end++) {
        run.append(words.get(end));
        if (credentials.contains(run.toString())) {
          lastCredentialWord = Math.max(lastCredentialWord, end);
        }
      }
    }
    int last = words.size() - 1;
    if (last >= 0 && CREDENTIAL_WORDS_AT_END.contains(words.get(last))) {
      lastCredentialWord = last;
    }
    if (lastCredentialWord < 0) {
      return false;
    }
    return words.subList(lastCredentialWord + 1, words.size()).stream()
        .noneMatch(DESCRIPTIVE_WORDS::contains);
  }

  /**
   * True when the name looks like a credential or at least hints at one ({@code CACHE_KEY}, {@code
   * SENTRY_DSN}), and no word after the hint says it describes the value ({@code API_URL}).
   */
  public boolean hintsSecret(String name) {
    if (looksSecret(name)) {
      return true;
    }
    List<String> words = words(name);
    int lastHint = -1;
    for (int i = 0; i < words.size(); i++) {
      if (HINT_WORDS.contains(words.get(i))) {
        lastHint = i;
      }
    }
    return lastHint >= 0
        && words.subList(lastHint + 1, words.size()).stream()
            .noneMatch(DESCRIPTIVE_WORDS::contains);
  }

  /** The lower-case words of a name, e.g. {@code oauthClientSecret2} → oauth client secret 2. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String chunk : SEPARATORS.split(name)) {
      for (String word : WORD_BOUNDARY.split(chunk)) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  /** Each fragment as its words run together, the form {@link #looksSecret} compares. */
  private static Set<String> spelled(Collection<String> fragments) {
    Set<String> out = new HashSet<>();
    for (String fragment : fragments) {
      String joined = String.join("", words(fragment));
      if (!joined.isEmpty()) {
        out.add(joined);
      }
    }
    return out;
  }
}
