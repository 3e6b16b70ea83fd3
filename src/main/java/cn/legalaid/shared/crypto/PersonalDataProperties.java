package cn.legalaid.shared.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Key for personal data at rest.
 *
 * @param key     base64 of 32 random bytes (env LEGALAID_DATA_KEY); the same on every node
 * @param keyFile where a generated key is kept when no key is given (development on the embedded database)
 */
@ConfigurationProperties("legalaid.crypto")
public record PersonalDataProperties(String key, @DefaultValue("./data/keys/personal-data.key") String keyFile) {
}
