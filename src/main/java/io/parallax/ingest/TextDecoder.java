package io.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a text document into a string, or says precisely why it cannot.
 *
 * <p>Order: a UTF-16 byte-order mark is honoured; otherwise strict UTF-8 is tried; a file that is mostly
 * valid UTF-8 (at least as many valid multi-byte characters as invalid sequences) keeps UTF-8 with the
 * invalid sequences replaced by U+FFFD; other bytes that are not valid UTF-8 are decoded as
 * windows-1252 (the usual culprit); both with a warning. Empty and
 * whitespace-only documents and binary data (NUL bytes or many control characters) are refused.
 * A UTF-8 byte-order mark is kept as read, so offsets match any other reader of the file.
 */
public final class TextDecoder {

  /** The decoded text, the charset used and anything the user should know about it. */
  public record Decoded(String text, Charset charset, List<String> warnings) {
    public Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new UnreadableInputException("empty file (0 bytes)");
    }
    List<String> warnings = new ArrayList<>();
    String text;
    Charset charset;
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      charset = StandardCharsets.UTF_16;
      text = new String(bytes, charset);
    } else {
      checkNotBinary(bytes);
      try {
        charset = StandardCharsets.UTF_8;
        text = strictUtf8(bytes);
      } catch (CharacterCodingException e) {
        String lenient = new String(bytes, StandardCharsets.UTF_8); // invalid sequences become U+FFFD
        int invalid = 0;
        int valid = 0; // non-ASCII characters decoded from valid multi-byte sequences
        for (int i = 0; i < lenient.length(); i++) {
          char c = lenient.charAt(i);
          if (c == '\uFFFD') invalid++;
          else if (c >= 0x80 && !Character.isLowSurrogate(c)) valid++;
        }
        if (valid >= invalid) { // mostly UTF-8 with a few bad bytes: one bad byte must not garble the rest
          charset = StandardCharsets.UTF_8;
          text = lenient;
          warnings.add(String.format(Locale.ROOT, "%d invalid UTF-8 byte sequence%s replaced by U+FFFD "
              + "(the rest of the file is valid UTF-8)", invalid, invalid == 1 ? "" : "s"));
        } else {
          charset = Charset.forName("windows-1252");
          text = new String(bytes, charset);
          warnings.add("not valid UTF-8; decoded as windows-1252 (convert the file to UTF-8 to be sure)");
        }
      }
    }
    if (text.isBlank()) {
      throw new UnreadableInputException("no text: the file holds only white space");
    }
    return new Decoded(text, charset, warnings);
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  /** Refuses data that is not text: NUL bytes, or more than 5% C0 control characters. */
  public static void checkNotBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new UnreadableInputException(String.format(Locale.ROOT,
            "binary data, not text (NUL byte at offset %d)", i));
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    if (control > n / 20) {
      throw new UnreadableInputException(String.format(Locale.ROOT,
          "binary data, not text (%d control characters in the first %d bytes)", control, n));
    }
  }
}
