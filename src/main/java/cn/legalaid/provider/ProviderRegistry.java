package cn.legalaid.provider;

import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and changing law firms and legal service offices (法律服务机构登记). Every method takes the actor's
 * data scope: a provider outside it is not found, a region outside it is refused.
 */
@Service
@Transactional
class ProviderRegistry {

	private final ServiceProviderRepository providers;

	private final Regions regions;

	ProviderRegistry(ServiceProviderRepository providers, Regions regions) {
		this.providers = providers;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	ServiceProvider get(DataScope scope, Long id) {
		return providers.findById(id)
			.filter(p -> scope.coversUnit(p.getRegionPath()))
			.orElseThrow(() -> new NotFoundException("法律服务机构不存在或不在您的数据范围内：" + id));
	}

	ServiceProvider register(DataScope scope, ProviderDetails details) {
		UnitRef region = regions.region(scope, details.regionCode());
		ServiceProvider provider = ServiceProvider.register(details, region);
		requireUnique(provider, -1);
		return providers.save(provider);
	}

	ServiceProvider revise(DataScope scope, Long id, ProviderDetails details) {
		ServiceProvider provider = get(scope, id);
		requireVersion(details.version());
		UnitRef region = regions.region(scope, details.regionCode());
		provider.expectVersion(details.version());
		provider.revise(details, region);
		requireUnique(provider, id);
		if (providers.countPractitionersOutside(id, provider.getRegionPath() + "%") > 0) {
			throw new BusinessRuleException("regionCode", "该机构仍有人员登记在新地区范围之外，请先调整人员所在地区");
		}
		return providers.save(provider);
	}

	ServiceProvider suspend(DataScope scope, Long id, String reason) {
		ServiceProvider provider = get(scope, id);
		provider.suspend(reason);
		return providers.save(provider);
	}

	ServiceProvider reinstate(DataScope scope, Long id, String reason) {
		ServiceProvider provider = get(scope, id);
		provider.reinstate(reason);
		return providers.save(provider);
	}

	private void requireUnique(ServiceProvider provider, long id) {
		if (providers.licenceTaken(provider.getLicenceNumber(), id)) {
			throw new BusinessRuleException("licenceNumber", "该执业许可证号已登记给其他机构");
		}
		if (providers.nameTaken(provider.getName(), provider.getRegionUnitId(), id)) {
			throw new BusinessRuleException("name", "本地区已有同名的法律服务机构");
		}
	}

	static void requireVersion(Integer version) {
		if (version == null) {
			throw new BusinessRuleException("version", "缺少版本号（version），请先读取记录再修改");
		}
	}
}
