package cn.legalaid.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import static cn.legalaid.provider.RegistrationRules.blankToNull;

/**
 * A person who handles legal aid cases (法律服务人员): a lawyer of a firm, a legal service worker of an office, a
 * centre's own lawyer or a volunteer. The aggregate guards the licence, the experience figures, where the person
 * may work, the status, and the rosters (名册) the person is listed on.
 */
@Table("practitioner")
public class Practitioner {

	static final int MAX_YEARS = 70;

	@Id
	private Long id;

	@Version
	private Integer version;

	private Long providerId;

	private PractitionerKind kind;

	private String name;

	private String sex;

	private String phone;

	private String licenceNumber;

	private int yearsOfPractice;

	private int yearsCriminalDefence;

	private List<String> specialities = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private boolean servesMinors;

	private Long regionUnitId;

	private String regionPath;

	private PractitionerStatus status = PractitionerStatus.ACTIVE;

	private String statusReason;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "practitioner_id")
	private Set<RosterEntry> roster = new HashSet<>();

	@PersistenceCreator
	Practitioner() {
	}

	/**
	 * Registers a practitioner (登记法律服务人员) in a region, at a provider when the kind requires one (律师 → 律师事务所,
	 * 基层法律服务工作者 → 基层法律服务所). Uniqueness of the licence is checked by the registry.
	 */
	public static Practitioner register(PractitionerDetails details, UnitRef region, ServiceProvider provider) {
		Practitioner practitioner = new Practitioner();
		practitioner.createdAt = Instant.now();
		practitioner.phone = blankToNull(details.phone());
		practitioner.apply(details, region, provider);
		return practitioner;
	}

	/**
	 * Changes what is registered; a {@code null} phone keeps the stored number. Moving to another region takes the
	 * practitioner off every roster: the rosters of the new region are a decision of its centres.
	 */
	public void revise(PractitionerDetails details, UnitRef region, ServiceProvider provider) {
		Long previousRegion = regionUnitId;
		if (details.phone() != null) {
			phone = blankToNull(details.phone());
		}
		apply(details, region, provider);
		if (!regionUnitId.equals(previousRegion)) {
			roster.clear();
		}
	}

	private void apply(PractitionerDetails details, UnitRef region, ServiceProvider provider) {
		if (details.kind() == null) {
			throw new BusinessRuleException("kind", "请选择人员类别");
		}
		if (details.name() == null || details.name().isBlank()) {
			throw new BusinessRuleException("name", "请填写姓名");
		}
		String licence = RegistrationRules.practitionerLicence(details.licenceNumber(), details.kind().licensed());
		int practice = years(details.yearsOfPractice(), "yearsOfPractice", "执业年限");
		int criminal = years(details.yearsCriminalDefence(), "yearsCriminalDefence", "刑事辩护年限");
		if (criminal > practice) {
			throw new BusinessRuleException("yearsCriminalDefence", "刑事辩护年限不能超过执业年限");
		}
		UnitRef area = RegistrationRules.region(region);
		requireEmployer(details.kind(), provider, area);
		this.kind = details.kind();
		this.name = details.name().trim();
		this.sex = blankToNull(details.sex());
		this.licenceNumber = licence;
		this.yearsOfPractice = practice;
		this.yearsCriminalDefence = criminal;
		this.specialities = RegistrationRules.tags(details.specialities(), "specialities");
		this.languages = RegistrationRules.tags(details.languages(), "languages");
		this.servesMinors = Boolean.TRUE.equals(details.servesMinors());
		this.providerId = provider == null ? null : provider.getId();
		this.regionUnitId = area.id();
		this.regionPath = area.path();
		this.updatedAt = Instant.now();
	}

	private static int years(Integer value, String field, String label) {
		int years = value == null ? 0 : value;
		if (years < 0 || years > MAX_YEARS) {
			throw new BusinessRuleException(field, label + "应在0至" + MAX_YEARS + "年之间");
		}
		return years;
	}

	private void requireEmployer(PractitionerKind newKind, ServiceProvider provider, UnitRef area) {
		ProviderKind employer = newKind.employer();
		if (employer == null) {
			if (provider != null) {
				throw new BusinessRuleException("providerId", newKind.labelZh() + "不隶属于律师事务所或基层法律服务所");
			}
			return;
		}
		if (provider == null || provider.getKind() != employer) {
			throw new BusinessRuleException("providerId", newKind.labelZh() + "须隶属于一家" + employer.labelZh());
		}
		boolean joining = this.providerId == null || !this.providerId.equals(provider.getId());
		if (joining && !provider.isActive()) {
			throw new BusinessRuleException("providerId", "该机构已暂停，不能新增人员");
		}
		if (!provider.covers(area.path())) {
			throw new BusinessRuleException("regionCode", "人员所在地区须在所属机构的地区范围内");
		}
	}

	/** Suspends the practitioner (暂停) and takes them off every roster: they get no new cases. */
	public void suspend(String reason) {
		if (status == PractitionerStatus.SUSPENDED) {
			throw new BusinessRuleException("status", "该人员已处于暂停状态");
		}
		this.statusReason = RegistrationRules.reason(reason, "暂停");
		this.status = PractitionerStatus.SUSPENDED;
		this.roster.clear();
		this.updatedAt = Instant.now();
	}

	/** Reinstates a suspended practitioner (恢复在册); rosters are not restored automatically. */
	public void reinstate(String reason) {
		if (status != PractitionerStatus.SUSPENDED) {
			throw new BusinessRuleException("status", "该人员未被暂停，无需恢复");
		}
		this.statusReason = RegistrationRules.reason(reason, "恢复");
		this.status = PractitionerStatus.ACTIVE;
		this.updatedAt = Instant.now();
	}

	/**
	 * Lists the practitioner on a centre's roster (列入名册): only an active practitioner, only at a legal aid
	 * centre whose area contains the practitioner's region. Listing twice changes nothing.
	 */
	public void listOn(UnitRef centre) {
		if (status != PractitionerStatus.ACTIVE) {
			throw new BusinessRuleException("status", "只有在册人员才能列入名册");
		}
		if (centre == null || !centre.level().isCentre()) {
			throw new BusinessRuleException("centre", "名册只能由法律援助中心发布");
		}
		if (regionPath == null || !regionPath.startsWith(centre.path())) {
			throw new BusinessRuleException("centre", "只能列入所在地区或其上级法律援助中心的名册");
		}
		if (!isListedOn(centre.id())) {
			roster.add(new RosterEntry(centre.id(), Instant.now()));
			this.updatedAt = Instant.now();
		}
	}

	/** Takes the practitioner off a centre's roster (移出名册); not being listed changes nothing. */
	public void unlist(Long centreUnitId) {
		if (roster.removeIf(entry -> entry.centreUnitId().equals(centreUnitId))) {
			this.updatedAt = Instant.now();
		}
	}

	public boolean isListedOn(Long centreUnitId) {
		return roster.stream().anyMatch(entry -> entry.centreUnitId().equals(centreUnitId));
	}

	/** Sets the version the editor saw, so that saving detects a concurrent change (乐观锁). */
	void expectVersion(Integer seen) {
		this.version = seen;
	}

	public Long getId() { return id; }
	public Integer getVersion() { return version; }
	public Long getProviderId() { return providerId; }
	public PractitionerKind getKind() { return kind; }
	public String getName() { return name; }
	public String getSex() { return sex; }
	public String getPhone() { return phone; }
	public String getLicenceNumber() { return licenceNumber; }
	public int getYearsOfPractice() { return yearsOfPractice; }
	public int getYearsCriminalDefence() { return yearsCriminalDefence; }
	public List<String> getSpecialities() { return List.copyOf(specialities); }
	public List<String> getLanguages() { return List.copyOf(languages); }
	public boolean isServesMinors() { return servesMinors; }
	public Long getRegionUnitId() { return regionUnitId; }
	public String getRegionPath() { return regionPath; }
	public PractitionerStatus getStatus() { return status; }
	public String getStatusReason() { return statusReason; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
	public Set<Long> getRosterCentreIds() { return roster.stream().map(RosterEntry::centreUnitId).collect(Collectors.toSet()); }
}
