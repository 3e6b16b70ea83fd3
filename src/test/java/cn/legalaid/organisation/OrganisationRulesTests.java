package cn.legalaid.organisation;

import cn.legalaid.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What may hang under what in the legal aid network, as the Organisation aggregate decides it. */
class OrganisationRulesTests {

	private final Organisation national = unit(1L, "000000", "司法部法律援助中心", OrganisationLevel.NATIONAL, "/000000/", null);

	private final Organisation city = unit(2L, "320100", "南京市法律援助中心", OrganisationLevel.CITY,
			"/000000/320000/320100/", "320100");

	private final Organisation county = unit(3L, "320102", "南京市玄武区法律援助中心", OrganisationLevel.COUNTY,
			"/000000/320000/320100/320102/", "320102");

	@Test
	void setsUpATownshipWorkstationInATownshipOfTheCounty() {
		Organisation ws = county.establishWorkstation("320102W04", " 红山街道法律援助工作站 ", UnitKind.TOWNSHIP_WORKSTATION,
				"320102008", null);
		assertThat(ws.getName()).isEqualTo("红山街道法律援助工作站");
		assertThat(ws.getLevel()).isEqualTo(OrganisationLevel.WORKSTATION);
		assertThat(ws.getPath()).isEqualTo("/000000/320000/320100/320102/320102W04/");
		assertThat(ws.getDepth()).isEqualTo(4);
		assertThat(ws.getParentId()).isEqualTo(3L);
		assertThat(ws.getDivisionCode()).isEqualTo("320102008");
		assertThat(ws.getJusticeBureau()).isEqualTo("南京市玄武区司法局");
		assertThat(ws.getHostInstitution()).isNull();
		assertThat(ws.isActive()).isTrue();
	}

	@Test
	void refusesATownshipOutsideTheCounty() {
		assertRefused(() -> county.establishWorkstation("320102W04", "鼓楼某街道工作站", UnitKind.TOWNSHIP_WORKSTATION,
				"320106001", null), "townshipCode", "请选择本县（区）内的乡镇（街道）");
		assertRefused(() -> county.establishWorkstation("320102W04", "某街道工作站", UnitKind.TOWNSHIP_WORKSTATION, null, null),
				"townshipCode", "请选择本县（区）内的乡镇（街道）");
	}

	@Test
	void setsUpTownshipWorkstationsOnlyUnderCountyCentres() {
		assertRefused(() -> city.establishWorkstation("320100W01", "某街道工作站", UnitKind.TOWNSHIP_WORKSTATION, "320102008",
				null), "kind", "乡镇（街道）工作站只能设立在县级法律援助中心之下");
	}

	@Test
	void setsUpSpecialisedWorkstationsUnderProvinceCityAndCountyCentresWithTheirHost() {
		Organisation ws = city.establishWorkstation("320100W01", "南京市中级人民法院法律援助工作站", UnitKind.COURT, null,
				"南京市中级人民法院");
		assertThat(ws.getHostInstitution()).isEqualTo("南京市中级人民法院");
		assertThat(ws.getDivisionCode()).isEqualTo("320100");
		assertRefused(() -> county.establishWorkstation("320102W05", "妇联工作站", UnitKind.WOMEN_FEDERATION, null, " "),
				"hostInstitution", "专项工作站须填写设立单位（如：区妇联、区人民法院）");
	}

	@Test
	void setsUpNoWorkstationUnderTheMinistryOrAnotherWorkstation() {
		assertRefused(() -> national.establishWorkstation("000000W01", "工作站", UnitKind.COURT, null, "最高人民法院"), "parent",
				"工作站只能设立在省、市、县级法律援助中心之下");
		Organisation ws = workstationOf(county);
		assertRefused(() -> ws.establishWorkstation("X", "工作站", UnitKind.COURT, null, "法院"), "parent",
				"工作站只能设立在省、市、县级法律援助中心之下");
	}

	@Test
	void refusesAWorkstationWithoutKindOrName() {
		assertRefused(() -> county.establishWorkstation("320102W04", "工作站", UnitKind.CONTACT_POINT, null, null), "kind",
				"请选择工作站类型");
		assertRefused(() -> county.establishWorkstation("320102W04", "工作站", null, null, null), "kind", "请选择工作站类型");
		assertRefused(() -> county.establishWorkstation("320102W04", " ", UnitKind.COURT, null, "法院"), "name", "请填写名称");
	}

	@Test
	void setsUpContactPointsUnderWorkstationsAndCountyCentresOnly() {
		Organisation underCounty = county.establishContactPoint("320102C01", "某社区联系点", " 张三 ", "13800001111");
		assertThat(underCounty.getLevel()).isEqualTo(OrganisationLevel.CONTACT_POINT);
		assertThat(underCounty.getLiaisonName()).isEqualTo("张三");
		assertThat(underCounty.getLiaisonPhone()).isEqualTo("13800001111");
		Organisation underWorkstation = workstationOf(county).establishContactPoint("320102W04C01", "某村联系点", "李四", " ");
		assertThat(underWorkstation.getPath()).endsWith("/320102W04/320102W04C01/");
		assertThat(underWorkstation.getLiaisonPhone()).isNull();
		assertRefused(() -> city.establishContactPoint("320100C01", "某联系点", "王五", null), "parent",
				"联系点只能设立在工作站或县级法律援助中心之下");
		assertRefused(() -> national.establishContactPoint("000000C01", "某联系点", "王五", null), "parent",
				"联系点只能设立在工作站或县级法律援助中心之下");
	}

	@Test
	void aContactPointNeedsItsLiaison() {
		assertRefused(() -> county.establishContactPoint("320102C01", "某社区联系点", "", null), "liaisonName", "请填写联络员姓名");
	}

	@Test
	void aDeactivatedUnitTakesNoNewOutposts() {
		Organisation ws = workstationOf(county);
		ws.deactivate();
		assertThat(ws.isActive()).isFalse();
		assertRefused(() -> ws.establishContactPoint("320102W04C01", "某村联系点", "李四", null), "parent",
				"上级机构已停用，不能新增下级");
		ws.reactivate();
		assertThat(ws.establishContactPoint("320102W04C01", "某村联系点", "李四", null).isActive()).isTrue();
	}

	@Test
	void centresCannotBeDeactivatedNorRenamed() {
		assertThatThrownBy(county::deactivate).isInstanceOf(BusinessRuleException.class).hasMessage("法律援助中心不能停用");
		assertThat(county.isActive()).isTrue();
		assertRefused(() -> county.updateOutpost("新名称", null, null, null), "name", "法律援助中心名称由区划数据确定，不能在此修改");
	}

	@Test
	void recordsFactsAndDropsBlankText() {
		county.updateFacts(new CentreFacts(" 玄武区政务服务中心 ", "", null, 6, new java.math.BigDecimal("120.5"), null));
		assertThat(county.getAddress()).isEqualTo("玄武区政务服务中心");
		assertThat(county.getPhone()).isNull();
		assertThat(county.getStaffCount()).isEqualTo(6);
		assertThat(county.getOfficeArea()).isEqualByComparingTo("120.5");
	}

	@Test
	void levelsSayWhatTheyMayHost() {
		assertThat(OrganisationLevel.NATIONAL.mayHostWorkstations()).isFalse();
		assertThat(OrganisationLevel.PROVINCE.mayHostWorkstations()).isTrue();
		assertThat(OrganisationLevel.COUNTY.mayHostWorkstations()).isTrue();
		assertThat(OrganisationLevel.WORKSTATION.mayHostWorkstations()).isFalse();
		assertThat(OrganisationLevel.COUNTY.mayHostContactPoints()).isTrue();
		assertThat(OrganisationLevel.WORKSTATION.mayHostContactPoints()).isTrue();
		assertThat(OrganisationLevel.CITY.mayHostContactPoints()).isFalse();
		assertThat(OrganisationLevel.CONTACT_POINT.mayHostContactPoints()).isFalse();
	}

	private static Organisation workstationOf(Organisation county) {
		Organisation ws = county.establishWorkstation(county.getCode() + "W04", "红山街道法律援助工作站",
				UnitKind.TOWNSHIP_WORKSTATION, county.getDivisionCode() + "008", null);
		ReflectionTestUtils.setField(ws, "id", 40L);
		return ws;
	}

	private static void assertRefused(Runnable action, String field, String message) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.getMessage()).isEqualTo(message);
		});
	}

	private static Organisation unit(Long id, String code, String name, OrganisationLevel level, String path,
			String divisionCode) {
		Organisation unit = new Organisation();
		ReflectionTestUtils.setField(unit, "id", id);
		ReflectionTestUtils.setField(unit, "code", code);
		ReflectionTestUtils.setField(unit, "name", name);
		ReflectionTestUtils.setField(unit, "level", level);
		ReflectionTestUtils.setField(unit, "kind", UnitKind.LEGAL_AID_CENTRE);
		ReflectionTestUtils.setField(unit, "path", path);
		ReflectionTestUtils.setField(unit, "depth", path.split("/").length - 2);
		ReflectionTestUtils.setField(unit, "divisionCode", divisionCode);
		ReflectionTestUtils.setField(unit, "justiceBureau", name.replace("法律援助中心", "司法局"));
		return unit;
	}
}
