package cn.legalaid.portal;

import java.util.Optional;

import cn.legalaid.casework.PublicCaseLookup;
import cn.legalaid.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following an application by its public reference: a one-time code goes to the client's phone on the case, and
 * only when the phone entered is that phone (blind indexes compared). Any other pair of reference and phone gets a
 * code that is sent nowhere and never accepted ({@link AccessCodes}), so the visitor sees the same answers either
 * way and the portal does not tell which references or phones exist.
 */
@Service
class ProgressFollowing {

	private static final Logger log = LoggerFactory.getLogger(ProgressFollowing.class);

	private final PublicCaseLookup lookup;

	private final AccessCodes codes;

	private final NotificationGateway gateway;

	ProgressFollowing(PublicCaseLookup lookup, AccessCodes codes, NotificationGateway gateway) {
		this.lookup = lookup;
		this.codes = codes;
		this.gateway = gateway;
	}

	/** The keyed hash that stands for the pair in codes and rate limits. */
	String requesterKey(String publicReference, String phone) {
		return codes.requesterKey(publicReference, phone);
	}

	/** Issues a code for the pair and sends it when the phone is the client's on the case; returns whether it was sent. */
	@Transactional
	boolean requestCode(String publicReference, String phone) {
		Optional<String> applicationNumber = lookup.applicationNumberForClientPhone(publicReference, phone);
		String code = codes.issue(requesterKey(publicReference, phone), applicationNumber.isPresent());
		if (applicationNumber.isEmpty()) {
			log.info("Access code not sent: phone {} is not the client's on the reference given", Masking.phone(phone));
			return false;
		}
		String tail = publicReference.substring(publicReference.length() - 4);
		gateway.send(new NotificationGateway.TextMessage(phone.trim(),
				"【法律援助】您查询法律援助申请（查询码尾号" + tail + "）办理进度的验证码为" + code + "，10分钟内有效。如非本人操作，请忽略。",
				"ACCESS_CODE", applicationNumber.get(), AccessCodes.VALIDITY));
		return true;
	}

	AccessCodes.Verification verify(String requesterKey, String code) {
		return codes.verify(requesterKey, code);
	}
}
