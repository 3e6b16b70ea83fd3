package cn.legalaid.provider;

import java.util.List;

import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static cn.legalaid.provider.ProviderFixtures.GULOU;
import static cn.legalaid.provider.ProviderFixtures.NANJING;
import static cn.legalaid.provider.ProviderFixtures.XUANWU;
import static cn.legalaid.provider.ProviderFixtures.XUANWU_WORKSTATION;
import static cn.legalaid.provider.ProviderFixtures.firmInXuanwu;
import static cn.legalaid.provider.ProviderFixtures.lawyer;
import static cn.legalaid.provider.ProviderFixtures.volunteer;
import static cn.legalaid.provider.ProviderFixtures.withLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a practitioner keeps by itself: licence, experience, employer, region, status and rosters. */
class PractitionerTests {

	private final ServiceProvider firm = firmInXuanwu(7L);

	@Test
	void registersALawyerOfAFirmInTheFirmsRegion() {
		Practitioner p = Practitioner.register(lawyer(7L, 10, 4), XUANWU, firm);

		assertThat(p.getProviderId()).isEqualTo(7L);
		assertThat(p.getStatus()).isEqualTo(PractitionerStatus.ACTIVE);
		assertThat(p.getRegionPath()).isEqualTo(XUANWU.path());
		assertThat(p.getYearsCriminalDefence()).isEqualTo(4);
		assertThat(p.isServesMinors()).isTrue();
	}

	@Test
	void refusesALawyerWithoutALicenceOrWithAMalformedOne() {
		assertThatThrownBy(() -> Practitioner.register(withLicence(lawyer(7L, 5, 0), ""), XUANWU, firm))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("licenceNumber"));
		assertThatThrownBy(() -> Practitioner.register(withLicence(lawyer(7L, 5, 0), "13201A2000000001"), XUANWU, firm))
			.hasMessage("执业证号应为10至20位数字");
		assertThatThrownBy(() -> Practitioner.register(withLicence(lawyer(7L, 5, 0), "123456789"), XUANWU, firm))
			.hasMessage("执业证号应为10至20位数字");
		assertThat(Practitioner.register(withLicence(lawyer(7L, 5, 0), "13201022010123456"), XUANWU, firm)
			.getLicenceNumber()).hasSize(17);
	}

	@Test
	void volunteersNeedNeitherLicenceNorProvider() {
		Practitioner p = Practitioner.register(volunteer(), XUANWU, null);

		assertThat(p.getLicenceNumber()).isNull();
		assertThat(p.getProviderId()).isNull();
	}

	@Test
	void refusesMoreYearsOfCriminalDefenceThanYearsOfPractice() {
		assertThatThrownBy(() -> Practitioner.register(lawyer(7L, 3, 5), XUANWU, firm))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("yearsCriminalDefence");
				assertThat(ex.getMessage()).isEqualTo("刑事辩护年限不能超过执业年限");
			});
	}

	@Test
	void aLawyerBelongsToALawFirmAndACentreLawyerToNone() {
		assertThatThrownBy(() -> Practitioner.register(lawyer(null, 5, 0), XUANWU, null))
			.hasMessage("律师须隶属于一家律师事务所");
		ProviderDetails officeDetails = ProviderFixtures.firmDetails("城区基层法律服务所");
		ServiceProvider office = ServiceProvider.register(new ProviderDetails(ProviderKind.LEGAL_SERVICE_OFFICE,
				officeDetails.name(), officeDetails.licenceNumber(), officeDetails.regionCode(), null, null, null, null), XUANWU);
		assertThatThrownBy(() -> Practitioner.register(lawyer(8L, 5, 0), XUANWU, office))
			.hasMessage("律师须隶属于一家律师事务所");
		PractitionerDetails d = lawyer(7L, 5, 0);
		PractitionerDetails centreLawyer = new PractitionerDetails(PractitionerKind.CENTRE_LAWYER, d.name(), d.sex(),
				d.phone(), d.licenceNumber(), 5, 0, List.of(), List.of(), false, 7L, d.regionCode(), null);
		assertThatThrownBy(() -> Practitioner.register(centreLawyer, XUANWU, firm))
			.hasMessage("中心律师不隶属于律师事务所或基层法律服务所");
	}

	@Test
	void aPractitionerOfAFirmMustBeInTheFirmsRegionSubtree() {
		assertThatThrownBy(() -> Practitioner.register(lawyer(7L, 5, 0), GULOU, firm))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("regionCode");
				assertThat(ex.getMessage()).isEqualTo("人员所在地区须在所属机构的地区范围内");
			});
		assertThatThrownBy(() -> Practitioner.register(lawyer(7L, 5, 0), NANJING, firm))
			.hasMessage("人员所在地区须在所属机构的地区范围内");
	}

	@Test
	void theRegionMustBeTheAreaOfAProvinceCityOrCountyCentre() {
		UnitRef national = new UnitRef(1L, "000000", "司法部法律援助中心", OrganisationLevel.NATIONAL, "/000000/");
		assertThatThrownBy(() -> Practitioner.register(volunteer(), XUANWU_WORKSTATION, null))
			.hasMessage("所在地区须为省、市或县（区）级行政区");
		assertThatThrownBy(() -> Practitioner.register(volunteer(), national, null))
			.hasMessage("所在地区须为省、市或县（区）级行政区");
	}

	@Test
	void nobodyNewJoinsASuspendedFirmButItsPeopleMayStillBeEdited() {
		Practitioner existing = Practitioner.register(lawyer(7L, 5, 0), XUANWU, firm);
		firm.suspend("停业整顿");

		assertThatThrownBy(() -> Practitioner.register(lawyer(7L, 5, 0), XUANWU, firm))
			.hasMessage("该机构已暂停，不能新增人员");
		existing.revise(lawyer(7L, 6, 0), XUANWU, firm);
		assertThat(existing.getYearsOfPractice()).isEqualTo(6);
	}

	@Test
	void aRefusedRevisionChangesNothing() {
		Practitioner p = Practitioner.register(lawyer(7L, 10, 4), XUANWU, firm);
		PractitionerDetails bad = lawyer(7L, 2, 4);

		assertThatThrownBy(() -> p.revise(new PractitionerDetails(bad.kind(), "新名字", bad.sex(), "13000000000",
				bad.licenceNumber(), 2, 4, bad.specialities(), bad.languages(), false, 7L, bad.regionCode(), 0), XUANWU, firm))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(p.getName()).isEqualTo("测试律师");
		assertThat(p.getYearsOfPractice()).isEqualTo(10);
	}

	@Test
	void specialitiesAndLanguagesAreSplitTrimmedAndDeduplicated() {
		PractitionerDetails d = lawyer(7L, 5, 0);
		Practitioner p = Practitioner.register(new PractitionerDetails(d.kind(), d.name(), d.sex(), d.phone(),
				d.licenceNumber(), 5, 0, List.of("刑事辩护、婚姻家庭", " 刑事辩护 ", ""), List.of("普通话，英语"), false, 7L,
				d.regionCode(), null), XUANWU, firm);

		assertThat(p.getSpecialities()).containsExactly("刑事辩护", "婚姻家庭");
		assertThat(p.getLanguages()).containsExactly("普通话", "英语");
	}

	@Test
	void listsAnActivePractitionerOnlyOnRostersOfCentresCoveringTheRegion() {
		Practitioner p = Practitioner.register(lawyer(7L, 5, 0), XUANWU, firm);

		p.listOn(XUANWU);
		p.listOn(NANJING);
		p.listOn(XUANWU);
		assertThat(p.getRosterCentreIds()).containsExactlyInAnyOrder(XUANWU.id(), NANJING.id());

		assertThatThrownBy(() -> p.listOn(GULOU)).hasMessage("只能列入所在地区或其上级法律援助中心的名册");
		assertThatThrownBy(() -> p.listOn(XUANWU_WORKSTATION)).hasMessage("名册只能由法律援助中心发布");

		p.unlist(NANJING.id());
		p.unlist(GULOU.id());
		assertThat(p.getRosterCentreIds()).containsExactly(XUANWU.id());
	}

	@Test
	void suspendingNeedsAReasonAndTakesThePractitionerOffEveryRoster() {
		Practitioner p = Practitioner.register(lawyer(7L, 5, 0), XUANWU, firm);
		p.listOn(XUANWU);

		assertThatThrownBy(() -> p.suspend("")).hasMessage("请填写暂停原因");
		assertThat(p.isListedOn(XUANWU.id())).isTrue();

		p.suspend("被投诉，调查期间暂停指派");
		assertThat(p.getStatus()).isEqualTo(PractitionerStatus.SUSPENDED);
		assertThat(p.getRosterCentreIds()).isEmpty();
		assertThatThrownBy(() -> p.listOn(XUANWU)).hasMessage("只有在册人员才能列入名册");
		assertThatThrownBy(() -> p.suspend("再次")).hasMessage("该人员已处于暂停状态");

		p.reinstate("调查结束");
		assertThat(p.getStatus()).isEqualTo(PractitionerStatus.ACTIVE);
		assertThat(p.getStatusReason()).isEqualTo("调查结束");
		assertThatThrownBy(() -> p.reinstate("再次")).hasMessage("该人员未被暂停，无需恢复");
	}

	@Test
	void movingToAnotherRegionTakesThePractitionerOffTheRosters() {
		Practitioner p = Practitioner.register(volunteer(), XUANWU, null);
		ReflectionTestUtils.setField(p, "regionUnitId", XUANWU.id());
		p.listOn(XUANWU);

		p.revise(volunteer(), GULOU, null);

		assertThat(p.getRegionPath()).isEqualTo(GULOU.path());
		assertThat(p.getRosterCentreIds()).isEmpty();
	}
}
