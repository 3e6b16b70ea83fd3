package cn.legalaid.organisation;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;

/**
 * The module's entry point for other modules: look up units by id or code. Every request of every module asks it
 * (the signed-in user's unit, the centre of a case), so the answers are kept for a minute on each node. A unit's id,
 * code, level and path never change once it exists; only an outpost's name may be corrected, and other nodes show
 * the new name within that minute. Unknown ids and codes are not kept, so a unit made on another node is found at
 * once.
 */
@Service
public class OrganisationDirectory {

	private static final Duration KEEP = Duration.ofMinutes(1);

	private final OrganisationRepository repository;

	private final Cache<Long, UnitRef> byId = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEEP).build();

	private final Cache<String, UnitRef> byCode = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEEP).build();

	OrganisationDirectory(OrganisationRepository repository) {
		this.repository = repository;
	}

	public Optional<UnitRef> findById(Long id) {
		return id == null ? Optional.empty()
				: Optional.ofNullable(byId.get(id, key -> repository.findById(key).map(Organisation::ref).orElse(null)));
	}

	public Optional<UnitRef> findByCode(String code) {
		return code == null ? Optional.empty()
				: Optional.ofNullable(byCode.get(code, key -> repository.findByCode(key).map(Organisation::ref).orElse(null)));
	}

	public UnitRef national() {
		return findByCode(CountryNetworkMigration.NATIONAL_CODE).orElseThrow();
	}
}
