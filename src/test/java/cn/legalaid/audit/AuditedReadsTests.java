package cn.legalaid.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.legalaid.shared.Audited;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standing check: every read that shows or exports personal data — a route with "personal-data", an export, or a
 * file download (xlsx, csv, pdf, zip, a material's original) — is named by {@link Audited}, so that the operation
 * log records it. A new export without the annotation fails the build.
 */
@PlatformTest
class AuditedReadsTests {

	/** File reads that carry no personal data: blank import templates. */
	private static final Set<String> WITHOUT_PERSONAL_DATA = Set.of("/registry/template.xlsx", "/registry/template.csv");

	private static final Pattern PERSONAL_DATA_READ = Pattern
		.compile(".*(personal-data|export|\\.xlsx|\\.csv|\\.pdf|\\.zip|/pdf|/materials/\\{source}/\\{materialId}).*");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyViewOrExportOfPersonalDataIsAudited() {
		List<String> reads = mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(e -> isGet(e.getKey()))
			.flatMap(e -> e.getKey().getPatternValues().stream().map(p -> Map.entry(p, e.getValue())))
			.filter(e -> PERSONAL_DATA_READ.matcher(e.getKey()).matches() && !WITHOUT_PERSONAL_DATA.contains(e.getKey()))
			.map(e -> e.getKey() + (e.getValue().hasMethodAnnotation(Audited.class) ? "" : "  <- not @Audited"))
			.sorted()
			.toList();
		System.out.println("Personal-data reads and exports: " + reads.size());
		reads.forEach(r -> System.out.println("  " + r));
		assertThat(reads).hasSizeGreaterThanOrEqualTo(10).noneMatch(r -> r.endsWith("not @Audited"));
	}

	private static boolean isGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	@SuppressWarnings("unused")
	private static String name(HandlerMethod method) {
		return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
	}
}
