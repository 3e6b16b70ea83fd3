package cn.legalaid.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTests {

	@Test
	void acceptsANumberWithTheRightCheckCharacter() {
		ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.sex()).isEqualTo("女");
		assertThat(id.regionCode()).isEqualTo("110105");
	}

	@Test
	void refusesAWrongCheckCharacterInChinese() {
		assertThat(ResidentIdNumber.problem("110105194912310021")).isEqualTo("身份证号码校验位不正确，请核对");
		assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021")).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void refusesImpossibleBirthDatesAndWrongLengths() {
		assertThat(ResidentIdNumber.problem("110105194902300021")).isEqualTo("身份证号码中的出生日期不正确");
		assertThat(ResidentIdNumber.problem("1101051949")).contains("18位");
	}

	@Test
	void printsMasked() {
		assertThat(new ResidentIdNumber("11010519491231002X").toString()).isEqualTo("1101**********002X");
	}
}
