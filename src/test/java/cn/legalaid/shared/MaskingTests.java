package cn.legalaid.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void masksPhonesIdNumbersNamesAndAddresses() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.idNumber("320102199001011234")).isEqualTo("3201**********1234");
		assertThat(Masking.name("张三丰")).isEqualTo("张**");
		assertThat(Masking.address("南京市玄武区北京东路41号")).isEqualTo("南京市玄武区****");
		assertThat(Masking.phone(null)).isEmpty();
	}
}
