package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteAccessTest {

  @Test
  void withoutATokenOnlyLoopbackClientsMayWrite() {
    WriteAccess open = new WriteAccess(Optional.empty());
    assertThat(open.check("127.0.0.1", null)).isEqualTo(WriteAccess.Verdict.ALLOWED);
    assertThat(open.check("127.8.9.10", null)).isEqualTo(WriteAccess.Verdict.ALLOWED);
    assertThat(open.check("0:0:0:0:0:0:0:1", null)).isEqualTo(WriteAccess.Verdict.ALLOWED);
    assertThat(open.check("[::1]", null)).isEqualTo(WriteAccess.Verdict.ALLOWED);
    assertThat(open.check("192.168.1.20", null)).isEqualTo(WriteAccess.Verdict.NOT_LOOPBACK);
    assertThat(open.check("10.0.0.1", "Bearer anything")).isEqualTo(WriteAccess.Verdict.NOT_LOOPBACK);
    assertThat(open.check("2001:db8::1", null)).isEqualTo(WriteAccess.Verdict.NOT_LOOPBACK);
    assertThat(open.check("localhost", null)).as("names are never looked up").isEqualTo(WriteAccess.Verdict.NOT_LOOPBACK);
    assertThat(open.check("", null)).isEqualTo(WriteAccess.Verdict.NOT_LOOPBACK);
  }

  @Test
  void withATokenAnyClientWithItMayWriteAndNoneWithout() {
    WriteAccess guarded = new WriteAccess(Optional.of("s3cret-token-0123456789"));
    assertThat(guarded.check("192.168.1.20", "Bearer s3cret-token-0123456789")).isEqualTo(WriteAccess.Verdict.ALLOWED);
    assertThat(guarded.check("127.0.0.1", null)).isEqualTo(WriteAccess.Verdict.NEEDS_TOKEN);
    assertThat(guarded.check("127.0.0.1", "Basic abc")).isEqualTo(WriteAccess.Verdict.NEEDS_TOKEN);
    assertThat(guarded.check("127.0.0.1", "Bearer s3cret-token-012345678")).isEqualTo(WriteAccess.Verdict.WRONG_TOKEN);
  }
}
