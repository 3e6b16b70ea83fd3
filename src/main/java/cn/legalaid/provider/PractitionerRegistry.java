package cn.legalaid.provider;

import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and changing practitioners (法律服务人员), their status and their place on centres' rosters (名册).
 * Every method takes the actor's data scope: a practitioner or centre outside it is not found.
 */
@Service
@Transactional
class PractitionerRegistry {

	private final PractitionerRepository practitioners;

	private final ServiceProviderRepository providers;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	PractitionerRegistry(PractitionerRepository practitioners, ServiceProviderRepository providers, Regions regions,
			ApplicationEventPublisher events) {
		this.practitioners = practitioners;
		this.providers = providers;
		this.regions = regions;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Practitioner get(DataScope scope, Long id) {
		return practitioners.findById(id)
			.filter(p -> scope.coversUnit(p.getRegionPath()))
			.orElseThrow(() -> new NotFoundException("法律服务人员不存在或不在您的数据范围内：" + id));
	}

	Practitioner register(DataScope scope, PractitionerDetails details) {
		UnitRef region = regions.region(scope, details.regionCode());
		Practitioner practitioner = Practitioner.register(details, region, provider(scope, details.providerId()));
		requireUniqueLicence(practitioner, -1);
		return practitioners.save(practitioner);
	}

	Practitioner revise(DataScope scope, Long id, PractitionerDetails details) {
		Practitioner practitioner = get(scope, id);
		ProviderRegistry.requireVersion(details.version());
		UnitRef region = regions.region(scope, details.regionCode());
		practitioner.expectVersion(details.version());
		practitioner.revise(details, region, provider(scope, details.providerId()));
		requireUniqueLicence(practitioner, id);
		return practitioners.save(practitioner);
	}

	Practitioner suspend(DataScope scope, Long id, String reason) {
		Practitioner practitioner = get(scope, id);
		practitioner.suspend(reason);
		Practitioner saved = practitioners.save(practitioner);
		events.publishEvent(new PractitionerStatusChanged(id, saved.getStatus(), saved.getStatusReason()));
		return saved;
	}

	Practitioner reinstate(DataScope scope, Long id, String reason) {
		Practitioner practitioner = get(scope, id);
		practitioner.reinstate(reason);
		Practitioner saved = practitioners.save(practitioner);
		events.publishEvent(new PractitionerStatusChanged(id, saved.getStatus(), saved.getStatusReason()));
		return saved;
	}

	/** Lists on or takes off the roster of a centre within the scope (列入/移出名册). */
	Practitioner setListed(DataScope scope, Long id, String centreCode, boolean listed) {
		Practitioner practitioner = get(scope, id);
		UnitRef centre = regions.centre(scope, centreCode);
		if (listed) {
			practitioner.listOn(centre);
		}
		else {
			practitioner.unlist(centre.id());
		}
		return practitioners.save(practitioner);
	}

	/** The provider chosen on the form, if any; one outside the scope is refused as input. */
	private ServiceProvider provider(DataScope scope, Long providerId) {
		if (providerId == null) {
			return null;
		}
		return providers.findById(providerId)
			.filter(p -> scope.coversUnit(p.getRegionPath()))
			.orElseThrow(() -> new BusinessRuleException("providerId", "所属机构不存在或不在您的数据范围内"));
	}

	private void requireUniqueLicence(Practitioner practitioner, long id) {
		if (practitioner.getLicenceNumber() != null && practitioners.licenceTaken(practitioner.getLicenceNumber(), id)) {
			throw new BusinessRuleException("licenceNumber", "该执业证号已登记给其他人员");
		}
	}
}
