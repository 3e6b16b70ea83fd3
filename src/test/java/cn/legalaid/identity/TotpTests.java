package cn.legalaid.identity;

import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** RFC 6238 appendix B, SHA-1 seed "12345678901234567890": 94287082 at T=59 → last six digits. */
	private static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes()).replace("=", "");

	@Test
	void matchesTheRfc6238TestVectors() {
		assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsOneStepOfClockDriftButNotTwo() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
	}

	@Test
	void refusesACodeOfAStepAlreadyUsed() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.now();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, null)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, null)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
	}

	@Test
	void newSecretsAreBase32AndDistinct() {
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
	}
}
