package cn.legalaid.provider;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ServiceProviderRepository extends CrudRepository<ServiceProvider, Long> {

	/** Whether another provider (not {@code id}; {@code -1} for a new one) holds this licence number. */
	@Query("SELECT count(*) > 0 FROM service_provider WHERE licence_number = :licence AND id <> :id")
	boolean licenceTaken(String licence, long id);

	/** Whether another provider of the region has this name (names are unique per region). */
	@Query("SELECT count(*) > 0 FROM service_provider WHERE name = :name AND region_unit_id = :regionUnitId AND id <> :id")
	boolean nameTaken(String name, Long regionUnitId, long id);

	/** Practitioners of the provider whose region lies outside the given subtree. */
	@Query("SELECT count(*) FROM practitioner WHERE provider_id = :id AND region_path NOT LIKE :pattern")
	long countPractitionersOutside(Long id, String pattern);
}
