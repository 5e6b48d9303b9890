package io.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void honoursTheHttpCharsetOverTheMetaTag() {
    byte[] bytes = "<meta charset=utf-8><p>Caf\u00e9</p>".getBytes(CP1252);

    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.of("ISO-8859-1"));

    assertThat(d.text()).contains("Café");
    assertThat(d.charset()).isEqualTo(CP1252);
  }

  @Test
  void readsTheMetaCharsetWhenNothingIsDeclared() {
    byte[] bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>Привет</body>"
        .getBytes(Charset.forName("KOI8-R"));

    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.empty());

    assertThat(d.text()).contains("Привет");
  }

  @Test
  void detectsUtf8WithoutAnyDeclaration() {
    HtmlDecoder.Decoded d = HtmlDecoder.decode("<p>Zürich – „Grüezi“</p>".getBytes(StandardCharsets.UTF_8),
        Optional.empty());

    assertThat(d.text()).isEqualTo("<p>Zürich – „Grüezi“</p>");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void fallsBackToWindows1252ForBytesThatAreNotUtf8() {
    HtmlDecoder.Decoded d = HtmlDecoder.decode("<p>\u201cQuoted\u201d na\u00efve</p>".getBytes(CP1252),
        Optional.empty());

    assertThat(d.text()).isEqualTo("<p>\u201cQuoted\u201d na\u00efve</p>");
  }

  @Test
  void overrulesAMetaTagThatLiesAboutLatin1WhenTheBytesAreUtf8() {
    byte[] bytes = "<meta charset=\"iso-8859-1\"><p>São Paulo — Ñandú</p>".getBytes(StandardCharsets.UTF_8);

    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.empty());

    assertThat(d.text()).contains("São Paulo — Ñandú");
    assertThat(d.warnings()).singleElement().asString().contains("valid UTF-8");
  }

  @Test
  void overrulesAUtf8DeclarationWhenTheBytesAreNotUtf8() {
    byte[] bytes = "<meta charset=\"utf-8\"><p>Cr\u00e8me br\u00fbl\u00e9e</p>".getBytes(CP1252);

    HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.empty());

    assertThat(d.text()).contains("Crème brûlée");
    assertThat(d.warnings()).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void ignoresAnUnknownCharsetName() {
    HtmlDecoder.Decoded d = HtmlDecoder.decode("<meta charset=\"x-made-up\"><p>plain</p>".getBytes(StandardCharsets.US_ASCII),
        Optional.empty());

    assertThat(d.text()).contains("plain");
    assertThat(d.warnings()).singleElement().asString().contains("x-made-up");
  }

  @Test
  void usesTheByteOrderMark() {
    byte[] text = "<p>Grüße</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);

    assertThat(HtmlDecoder.decode(bytes, Optional.of("windows-1252")).text()).isEqualTo("<p>Grüße</p>");
  }
}
