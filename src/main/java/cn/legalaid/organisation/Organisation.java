package cn.legalaid.organisation;

import java.math.BigDecimal;
import java.time.Instant;

import cn.legalaid.shared.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit of the legal aid network: a centre at some level, a workstation or a contact point. The aggregate guards
 * what may hang under what (workstations under centres, contact points under workstations or county centres) and
 * which facts each kind carries.
 */
@Table("organisation")
public class Organisation {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String code;

	private String name;

	private OrganisationLevel level;

	private UnitKind kind;

	private Long parentId;

	private String path;

	private int depth;

	private String divisionCode;

	private String justiceBureau;

	private String address;

	private String phone;

	private String openingHours;

	private Integer staffCount;

	private BigDecimal officeArea;

	private BigDecimal annualBudget;

	private String liaisonName;

	private String liaisonPhone;

	private String hostInstitution;

	private boolean active = true;

	private Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	Organisation() {
	}

	/** A workstation (工作站) set up under this centre: in a township of its county, or at a host institution. */
	public Organisation establishWorkstation(String newCode, String newName, UnitKind workstationKind,
			String townshipCode, String host) {
		if (!level.mayHostWorkstations()) {
			throw new BusinessRuleException("parent", "工作站只能设立在省、市、县级法律援助中心之下");
		}
		if (workstationKind == null || !workstationKind.isWorkstation()) {
			throw new BusinessRuleException("kind", "请选择工作站类型");
		}
		if (workstationKind == UnitKind.TOWNSHIP_WORKSTATION) {
			if (level != OrganisationLevel.COUNTY) {
				throw new BusinessRuleException("kind", "乡镇（街道）工作站只能设立在县级法律援助中心之下");
			}
			if (townshipCode == null || !townshipCode.startsWith(divisionCode)) {
				throw new BusinessRuleException("townshipCode", "请选择本县（区）内的乡镇（街道）");
			}
		}
		else if (host == null || host.isBlank()) {
			throw new BusinessRuleException("hostInstitution", "专项工作站须填写设立单位（如：区妇联、区人民法院）");
		}
		Organisation ws = child(newCode, newName, OrganisationLevel.WORKSTATION, workstationKind);
		ws.divisionCode = workstationKind == UnitKind.TOWNSHIP_WORKSTATION ? townshipCode : divisionCode;
		ws.hostInstitution = host == null || host.isBlank() ? null : host.trim();
		return ws;
	}

	/** A contact point (联系点) in a village or community, with its liaison (联络员). */
	public Organisation establishContactPoint(String newCode, String newName, String liaison, String liaisonPhoneNumber) {
		if (!level.mayHostContactPoints()) {
			throw new BusinessRuleException("parent", "联系点只能设立在工作站或县级法律援助中心之下");
		}
		if (liaison == null || liaison.isBlank()) {
			throw new BusinessRuleException("liaisonName", "请填写联络员姓名");
		}
		Organisation cp = child(newCode, newName, OrganisationLevel.CONTACT_POINT, UnitKind.CONTACT_POINT);
		cp.divisionCode = divisionCode;
		cp.liaisonName = liaison.trim();
		cp.liaisonPhone = liaisonPhoneNumber == null || liaisonPhoneNumber.isBlank() ? null : liaisonPhoneNumber.trim();
		return cp;
	}

	private Organisation child(String newCode, String newName, OrganisationLevel childLevel, UnitKind childKind) {
		if (newName == null || newName.isBlank()) {
			throw new BusinessRuleException("name", "请填写名称");
		}
		if (!active) {
			throw new BusinessRuleException("parent", "上级机构已停用，不能新增下级");
		}
		Organisation child = new Organisation();
		child.code = newCode;
		child.name = newName.trim();
		child.level = childLevel;
		child.kind = childKind;
		child.parentId = id;
		child.path = path + newCode + "/";
		child.depth = depth + 1;
		child.justiceBureau = justiceBureau;
		child.createdAt = Instant.now();
		child.updatedAt = child.createdAt;
		return child;
	}

	/** Records a centre's facts (地址、电话、办公时间、人员、面积、经费). */
	public void updateFacts(CentreFacts facts) {
		this.address = blankToNull(facts.address());
		this.phone = blankToNull(facts.phone());
		this.openingHours = blankToNull(facts.openingHours());
		this.staffCount = facts.staffCount();
		this.officeArea = facts.officeArea();
		this.annualBudget = facts.annualBudget();
		this.updatedAt = Instant.now();
	}

	/** Renames a workstation or contact point, or changes its liaison. Centres keep their statutory names. */
	public void updateOutpost(String newName, String liaison, String liaisonPhoneNumber, String host) {
		if (level.isCentre()) {
			throw new BusinessRuleException("name", "法律援助中心名称由区划数据确定，不能在此修改");
		}
		if (newName == null || newName.isBlank()) {
			throw new BusinessRuleException("name", "请填写名称");
		}
		if (level == OrganisationLevel.CONTACT_POINT && (liaison == null || liaison.isBlank())) {
			throw new BusinessRuleException("liaisonName", "请填写联络员姓名");
		}
		this.name = newName.trim();
		this.liaisonName = blankToNull(liaison);
		this.liaisonPhone = blankToNull(liaisonPhoneNumber);
		if (kind.isSpecialisedWorkstation()) {
			this.hostInstitution = blankToNull(host);
		}
		this.updatedAt = Instant.now();
	}

	public void deactivate() {
		if (level.isCentre()) {
			throw new BusinessRuleException("法律援助中心不能停用");
		}
		this.active = false;
		this.updatedAt = Instant.now();
	}

	public void reactivate() {
		this.active = true;
		this.updatedAt = Instant.now();
	}

	public UnitRef ref() {
		return new UnitRef(id, code, name, level, path);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public Long getId() { return id; }
	public Integer getVersion() { return version; }
	public String getCode() { return code; }
	public String getName() { return name; }
	public OrganisationLevel getLevel() { return level; }
	public UnitKind getKind() { return kind; }
	public Long getParentId() { return parentId; }
	public String getPath() { return path; }
	public int getDepth() { return depth; }
	public String getDivisionCode() { return divisionCode; }
	public String getJusticeBureau() { return justiceBureau; }
	public String getAddress() { return address; }
	public String getPhone() { return phone; }
	public String getOpeningHours() { return openingHours; }
	public Integer getStaffCount() { return staffCount; }
	public BigDecimal getOfficeArea() { return officeArea; }
	public BigDecimal getAnnualBudget() { return annualBudget; }
	public String getLiaisonName() { return liaisonName; }
	public String getLiaisonPhone() { return liaisonPhone; }
	public String getHostInstitution() { return hostInstitution; }
	public boolean isActive() { return active; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }

	/** Sets the version the editor saw, so that saving detects a concurrent change (乐观锁). */
	void expectVersion(Integer seen) {
		this.version = seen;
	}
}
