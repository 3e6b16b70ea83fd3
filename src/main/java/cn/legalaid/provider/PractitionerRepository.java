package cn.legalaid.provider;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PractitionerRepository extends CrudRepository<Practitioner, Long> {

	/** Whether another practitioner (not {@code id}; {@code -1} for a new one) holds this licence number. */
	@Query("SELECT count(*) > 0 FROM practitioner WHERE licence_number = :licence AND id <> :id")
	boolean licenceTaken(String licence, long id);
}
