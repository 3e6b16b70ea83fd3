package cn.legalaid.provider;

import cn.legalaid.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static cn.legalaid.provider.ProviderFixtures.GULOU;
import static cn.legalaid.provider.ProviderFixtures.NANJING;
import static cn.legalaid.provider.ProviderFixtures.XUANWU;
import static cn.legalaid.provider.ProviderFixtures.XUANWU_WORKSTATION;
import static cn.legalaid.provider.ProviderFixtures.firmDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a law firm or legal service office keeps by itself. */
class ServiceProviderTests {

	@Test
	void registersAFirmInACountyAndCoversItsSubtreeOnly() {
		ServiceProvider firm = ServiceProvider.register(firmDetails(" 江苏正德律师事务所 "), XUANWU);

		assertThat(firm.getName()).isEqualTo("江苏正德律师事务所");
		assertThat(firm.getRegionPath()).isEqualTo(XUANWU.path());
		assertThat(firm.isActive()).isTrue();
		assertThat(firm.covers(XUANWU_WORKSTATION.path())).isTrue();
		assertThat(firm.covers(GULOU.path())).isFalse();
		assertThat(firm.covers(NANJING.path())).isFalse();
	}

	@Test
	void refusesAProviderWithoutAProperLicenceNumber() {
		ProviderDetails d = firmDetails("江苏正德律师事务所");
		assertThatThrownBy(() -> ServiceProvider.register(new ProviderDetails(d.kind(), d.name(), " ", d.regionCode(),
				null, null, null, null), XUANWU))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("licenceNumber");
				assertThat(ex.getMessage()).isEqualTo("请填写执业许可证号");
			});
		assertThatThrownBy(() -> ServiceProvider.register(new ProviderDetails(d.kind(), d.name(), "123-456", d.regionCode(),
				null, null, null, null), XUANWU))
			.hasMessage("执业许可证号应为10至20位数字或字母");
	}

	@Test
	void registersOnlyFirmsAndOfficesInTheAreaOfACentre() {
		ProviderDetails d = firmDetails("某中心");
		assertThatThrownBy(() -> ServiceProvider.register(new ProviderDetails(ProviderKind.LEGAL_AID_CENTRE, d.name(),
				d.licenceNumber(), d.regionCode(), null, null, null, null), XUANWU))
			.hasMessage("只能登记律师事务所或基层法律服务所");
		assertThatThrownBy(() -> ServiceProvider.register(d, XUANWU_WORKSTATION))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("regionCode"));
	}

	@Test
	void suspendingAndReinstatingNeedAReasonAndAMatchingStatus() {
		ServiceProvider firm = ServiceProvider.register(firmDetails("江苏正德律师事务所"), XUANWU);

		assertThatThrownBy(() -> firm.suspend("  ")).hasMessage("请填写暂停原因");
		assertThat(firm.isActive()).isTrue();
		assertThatThrownBy(() -> firm.reinstate("无")).hasMessage("该机构未被暂停，无需恢复");

		firm.suspend("执业许可证年检未通过");
		assertThat(firm.isActive()).isFalse();
		assertThat(firm.getStatusReason()).isEqualTo("执业许可证年检未通过");
		assertThatThrownBy(() -> firm.suspend("再次")).hasMessage("该机构已处于暂停状态");

		firm.reinstate("年检已通过");
		assertThat(firm.isActive()).isTrue();
		assertThat(firm.getStatusReason()).isEqualTo("年检已通过");
	}

	@Test
	void aRevisionWithANullPhoneKeepsTheStoredNumber() {
		ServiceProvider firm = ServiceProvider.register(firmDetails("江苏正德律师事务所"), XUANWU);
		ProviderDetails d = firmDetails("江苏正德律师事务所（玄武）");

		firm.revise(new ProviderDetails(d.kind(), d.name(), d.licenceNumber(), d.regionCode(), d.address(), null,
				d.headName(), 0), XUANWU);

		assertThat(firm.getName()).isEqualTo("江苏正德律师事务所（玄武）");
		assertThat(firm.getPhone()).isEqualTo("025-84001234");
	}
}
