package cn.legalaid.provider;

import java.time.Instant;

import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import static cn.legalaid.provider.RegistrationRules.blankToNull;

/**
 * A law firm (律师事务所) or basic legal service office (基层法律服务所) registered in a region. The aggregate
 * guards its licence, its region and its status; a suspended provider takes on no new practitioners.
 */
@Table("service_provider")
public class ServiceProvider {

	@Id
	private Long id;

	@Version
	private Integer version;

	private ProviderKind kind;

	private String name;

	private String licenceNumber;

	private Long regionUnitId;

	private String regionPath;

	private String address;

	private String phone;

	private String headName;

	private boolean active = true;

	private String statusReason;

	private Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	ServiceProvider() {
	}

	/** Registers a firm or office in a region (登记法律服务机构). */
	public static ServiceProvider register(ProviderDetails details, UnitRef region) {
		ServiceProvider provider = new ServiceProvider();
		provider.createdAt = Instant.now();
		provider.phone = blankToNull(details.phone());
		provider.apply(details, region);
		return provider;
	}

	/** Changes what is registered; a {@code null} phone keeps the stored number. */
	public void revise(ProviderDetails details, UnitRef region) {
		if (details.phone() != null) {
			phone = blankToNull(details.phone());
		}
		apply(details, region);
	}

	private void apply(ProviderDetails details, UnitRef region) {
		if (details.kind() == null || !ProviderKind.registrable().contains(details.kind())) {
			throw new BusinessRuleException("kind", "只能登记律师事务所或基层法律服务所");
		}
		if (details.name() == null || details.name().isBlank()) {
			throw new BusinessRuleException("name", "请填写机构名称");
		}
		String licence = RegistrationRules.providerLicence(details.licenceNumber());
		UnitRef area = RegistrationRules.region(region);
		this.kind = details.kind();
		this.name = details.name().trim();
		this.licenceNumber = licence;
		this.regionUnitId = area.id();
		this.regionPath = area.path();
		this.address = blankToNull(details.address());
		this.headName = blankToNull(details.headName());
		this.updatedAt = Instant.now();
	}

	/** Suspends the provider (暂停); its practitioners keep their own status, but nobody new may join. */
	public void suspend(String reason) {
		if (!active) {
			throw new BusinessRuleException("status", "该机构已处于暂停状态");
		}
		this.statusReason = RegistrationRules.reason(reason, "暂停");
		this.active = false;
		this.updatedAt = Instant.now();
	}

	/** Reinstates a suspended provider (恢复). */
	public void reinstate(String reason) {
		if (active) {
			throw new BusinessRuleException("status", "该机构未被暂停，无需恢复");
		}
		this.statusReason = RegistrationRules.reason(reason, "恢复");
		this.active = true;
		this.updatedAt = Instant.now();
	}

	/** Whether a region (materialised path) lies in this provider's region subtree. */
	public boolean covers(String path) {
		return path != null && regionPath != null && path.startsWith(regionPath);
	}

	/** Sets the version the editor saw, so that saving detects a concurrent change (乐观锁). */
	void expectVersion(Integer seen) {
		this.version = seen;
	}

	public Long getId() { return id; }
	public Integer getVersion() { return version; }
	public ProviderKind getKind() { return kind; }
	public String getName() { return name; }
	public String getLicenceNumber() { return licenceNumber; }
	public Long getRegionUnitId() { return regionUnitId; }
	public String getRegionPath() { return regionPath; }
	public String getAddress() { return address; }
	public String getPhone() { return phone; }
	public String getHeadName() { return headName; }
	public boolean isActive() { return active; }
	public String getStatusReason() { return statusReason; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
