package cn.legalaid.organisation;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's entry point for other modules: look up units by id or code. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final OrganisationRepository repository;

	OrganisationDirectory(OrganisationRepository repository) {
		this.repository = repository;
	}

	public Optional<UnitRef> findById(Long id) {
		return id == null ? Optional.empty() : repository.findById(id).map(Organisation::ref);
	}

	public Optional<UnitRef> findByCode(String code) {
		return code == null ? Optional.empty() : repository.findByCode(code).map(Organisation::ref);
	}

	public UnitRef national() {
		return findByCode(CountryNetworkMigration.NATIONAL_CODE).orElseThrow();
	}
}
