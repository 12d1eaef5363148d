package dev.bulwark.checks.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises credentials by their value, and by value and name together.
 *
 * <p>Three kinds of evidence, strongest first:
 *
 * <ol>
 *   <li>A {@linkplain Format known format}: a token whose shape its issuer made recognisable (AWS,
 *       GitHub, GitLab, Slack, Stripe live keys, Google API keys), a private key block, a JSON Web
 *       Token, or a URL or connection string with a password. Found anywhere in a text, whatever
 *       the name.
 *   <li>A name that {@linkplain SecretNames#looksSecret looks like a credential} ({@code
 *       DB_PASSWORD}) with a literal value.
 *   <li>A name that only {@linkplain SecretNames#hintsSecret hints} at one ({@code CACHE_KEY}) with
 *       a {@linkplain #isRandom random-looking} value. Randomness alone is never enough: digests,
 *       UUIDs, build hashes and base64 blobs are random too, and a finding on each would bury the
 *       real ones.
 * </ol>
 *
 * <p>Values that are empty, {@code $(VAR)} references or placeholders ({@link SecretValues}) are
 * never credentials. Nothing here returns or keeps the matched text: callers report names only.
 */
public final class CredentialDetector {
  private static final int MIN_RANDOM_LENGTH = 16;
  private static final int MAX_RANDOM_LENGTH = 512;
  private static final double MIN_BITS_PER_CHAR = 3.2;
  private static final double MIN_BITS_PER_HEX_CHAR = 3.0;
  private static final int MIN_HEX_LENGTH = 32;
  private static final Pattern TOKEN_CHARS = Pattern.compile("[A-Za-z0-9+/=_.~-]+");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A word as people write them: {@code name}, {@code Cluster}; random text has few. */
  private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]{4,}");

  private static final double MAX_WORD_SHARE = 0.6;
  private static final Pattern BASE64 =
      Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

  /** Stand-ins inside a URL's password: {@code {password}}, {@code %s}, {@code $PASSWORD}. */
  private static final Pattern URL_PLACEHOLDER = Pattern.compile("\\{\\w*}|%s|\\$\\w+");

  private final SecretNames names;

  private CredentialDetector(SecretNames names) {
    this.names = names;
  }

  /** A detector with the built-in credential names. */
  public static CredentialDetector defaults() {
    return new CredentialDetector(SecretNames.defaults());
  }

  /** A detector that judges names with these rules (e.g. with extra fragments configured). */
  public static CredentialDetector withNames(SecretNames names) {
    return new CredentialDetector(names);
  }

  /** The credential formats recognised anywhere in a text, whatever it is called. */
  public enum Format {
    AWS_ACCESS_KEY_ID(
        "an AWS access key ID", "(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    /** 40 characters of base64 say little alone; next to {@code aws…secret} they say a lot. */
    AWS_SECRET_ACCESS_KEY(
        "an AWS secret access key",
        "(?i:aws)[\\w.-]{0,30}?(?i:secret)[\\w.-]{0,30}?[\"']?\\s*[:=]\\s*[\"']?"
            + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        1),
    GITHUB_TOKEN(
        "a GitHub token",
        "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
    GITLAB_TOKEN("a GitLab token", "(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}"),
    SLACK_TOKEN("a Slack token", "(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}"),
    STRIPE_LIVE_KEY("a Stripe live key", "(?<![A-Za-z0-9])[rs]k_live_[A-Za-z0-9]{20,}"),
    GOOGLE_API_KEY("a Google API key", "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"),
    /** The header must be followed by key material: a bare header is documentation. */
    PRIVATE_KEY(
        "a private key",
        "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            + "(?:\\s|\\\\[nr]|[A-Za-z-]+: [^\\n\\\\]*)*[A-Za-z0-9+/]{20,}"),
    JWT(
        "a JSON Web Token",
        "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{10,}"),
    URL_WITH_PASSWORD(
        "a URL with an embedded password",
        "[A-Za-z][A-Za-z0-9+.-]*://[^\\s:/@]*:([^\\s/@]+)@[^\\s/@]",
        1),
    PASSWORD_PARAMETER(
        "a connection string with a password",
        "(?i)[?&;]\\s*(?:password|passwd|pwd)\\s*=\\s*([^&;\\s]+)",
        1);

    private final String description;
    private final Pattern pattern;
    private final int secretGroup;

    Format(String description, String regex) {
      this(description, regex, 0);
    }

    Format(String description, String regex, int secretGroup) {
      this.description = description;
      this.pattern = Pattern.compile(regex);
      this.secretGroup = secretGroup;
    }

    /** What it is, with an article: {@code a GitHub token}. */
    public String description() {
      return description;
    }

    private Optional<Integer> firstIndexIn(String text) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (secretGroup == 0 || isLiteralPassword(m.group(secretGroup))) {
          return Optional.of(m.start());
        }
      }
      return Optional.empty();
    }

    private static boolean isLiteralPassword(String secret) {
      return SecretValues.isLiteral(secret) && !URL_PLACEHOLDER.matcher(secret).matches();
    }
  }

  /**
   * Where a known-format credential starts in a text.
   *
   * @param format what was found
   * @param start its offset in the text (callers turn it into a line number, never into text)
   */
  public record Match(Format format, int start) {}

  /** Why a named value looks like a credential. */
  public enum Reason {
    KNOWN_FORMAT,
    SECRET_NAME,
    RANDOM_VALUE_UNDER_HINTING_NAME
  }

  /**
   * The verdict on a named value.
   *
   * @param reason the strongest evidence found
   * @param format the format, for {@link Reason#KNOWN_FORMAT}
   */
  public record Credential(Reason reason, Optional<Format> format) {

    /** A noun phrase for messages: {@code a GitHub token}, {@code a literal value}. */
    public String describe() {
      return switch (reason) {
        case KNOWN_FORMAT -> "what looks like " + format.orElseThrow().description();
        case SECRET_NAME -> "a literal value";
        case RANDOM_VALUE_UNDER_HINTING_NAME -> "a random-looking literal value";
      };
    }
  }

  /** Every known-format credential in a text, in order of position, one per format. */
  public List<Match> findAll(String text) {
    List<Match> matches = new ArrayList<>();
    for (Format format : Format.values()) {
      format.firstIndexIn(text).ifPresent(start -> matches.add(new Match(format, start)));
    }
    matches.sort(Comparator.comparingInt(Match::start));
    return matches;
  }

  /** The first known-format credential in a text. */
  public Optional<Match> find(String text) {
    return findAll(text).stream().findFirst();
  }

  /**
   * Judges a value by itself and by its name: a known format (the name is context for formats that
   * need it, such as AWS secret keys), then a credential name with a literal, then a hinting name
   * with a random-looking value.
   */
  public Optional<Credential> assess(String name, String value) {
    if (!SecretValues.isLiteral(value)) {
      return Optional.empty();
    }
    // The name is context for formats that need it (aws_secret_access_key=…); a match that lies
    // in the name alone says nothing about the value.
    Optional<Format> format =
        findAll(name + "=" + value).stream()
            .filter(m -> m.start() > name.length() || m.format() == Format.AWS_SECRET_ACCESS_KEY)
            .map(Match::format)
            .findFirst();
    if (format.isPresent()) {
      return Optional.of(new Credential(Reason.KNOWN_FORMAT, format));
    }
    if (names.looksSecret(name)) {
      return Optional.of(new Credential(Reason.SECRET_NAME, Optional.empty()));
    }
    if (names.hintsSecret(name) && isRandom(value)) {
      return Optional.of(new Credential(Reason.RANDOM_VALUE_UNDER_HINTING_NAME, Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * True when a value looks machine-generated: one token of 16 to 512 key-like characters (no
   * blanks, no {@code :}, at most one {@code .}), with at least two of lower case, upper case and
   * digits, a Shannon entropy of at least 3.5 bits per character and less than half of it in words
   * ({@code Production2024Cluster} is a name); or 32 and more hex digits at 3 bits per character.
   * UUIDs are identifiers, not keys; base64 that decodes to words is text.
   */
  public static boolean isRandom(String value) {
    String v = value.strip();
    if (v.length() < MIN_RANDOM_LENGTH
        || v.length() > MAX_RANDOM_LENGTH
        || !TOKEN_CHARS.matcher(v).matches()
        || v.chars().filter(c -> c == '.').count() > 1
        || UUID.matcher(v).matches()
        || decodesToText(v)
        || wordShare(v) >= MAX_WORD_SHARE) {
      return false;
    }
    if (HEX.matcher(v).matches()) {
      return v.length() >= MIN_HEX_LENGTH && bitsPerChar(v) >= MIN_BITS_PER_HEX_CHAR;
    }
    int classes =
        (v.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
            + (v.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
            + (v.chars().anyMatch(Character::isDigit) ? 1 : 0);
    return classes >= 2 && bitsPerChar(v) >= MIN_BITS_PER_CHAR;
  }

  /** Shannon entropy of the characters of a string, in bits per character. */
  public static double bitsPerChar(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    text.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / text.length();
      bits -= p * (Math.log(p) / Math.log(2));
    }
    return bits;
  }

  /** The share of letters and digits that belong to words: high for names and slugs. */
  private static double wordShare(String v) {
    long alphanumeric = v.chars().filter(Character::isLetterOrDigit).count();
    Matcher words = WORD.matcher(v);
    int inWords = 0;
    while (words.find()) {
      inWords += words.end() - words.start();
    }
    return alphanumeric == 0 ? 1 : (double) inWords / alphanumeric;
  }

  /** True for base64 whose bytes are printable text with a blank in it: encoded words. */
  private static boolean decodesToText(String v) {
    if (v.length() % 4 != 0 || !BASE64.matcher(v).matches()) {
      return false;
    }
    byte[] bytes = Base64.getDecoder().decode(v);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && text.contains(" ");
  }
}
