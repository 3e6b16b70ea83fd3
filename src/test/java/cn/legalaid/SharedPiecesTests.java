package cn.legalaid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 16: pieces that do one job exist once, before the next modules copy them again — one form-errors
 * helper, one list fragment for the export link, the filter buttons and the empty row, one scoped list query for the
 * provider read models. The test reads the sources, so a copy that comes back fails here.
 */
class SharedPiecesTests {

	private static final Path MAIN = Path.of("src", "main");

	@Test
	void noTwoClassesOfTheSameNameDoTheSameJob() throws IOException {
		Map<String, List<Path>> byName;
		try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
			byName = files.filter(p -> p.toString().endsWith(".java"))
				.collect(Collectors.groupingBy(p -> p.getFileName().toString()));
		}
		assertThat(byName.get("FormErrors.java")).as("one form-errors helper").hasSize(1);
		assertThat(byName.get("FormErrors.java").get(0).toString()).contains("shared");
	}

	@Test
	void listScreensUseTheSharedListFragments() throws IOException {
		List<String> copies;
		try (Stream<Path> files = Files.walk(MAIN.resolve("resources").resolve("templates"))) {
			copies = files.filter(p -> p.toString().endsWith(".html") && !p.endsWith(Path.of("fragments", "list.html")))
				.filter(p -> {
					String html = read(p);
					return html.contains("id=\"export\" th:with=\"exportLink")
							|| html.contains("th:text=\"#{common.reset}\"")
							|| html.matches("(?s).*\\.content\\(\\)\\.isEmpty\\(\\)\\}\"><td colspan.*");
				})
				.map(Path::toString)
				.toList();
		}
		assertThat(copies).as("list screens repeating the export link, filter buttons or empty row").isEmpty();
	}

	@Test
	void theProviderFormsShareTheirSaving() {
		for (String form : List.of("ProviderEditController", "PractitionerEditController")) {
			String java = read(MAIN.resolve("java/cn/legalaid/provider/" + form + ".java"));
			assertThat(java).as(form).contains("FormErrors.save(").doesNotContain("catch (OptimisticLockingFailureException");
		}
	}

	@Test
	void theProviderReadModelsShareTheirListQuery() {
		for (String model : List.of("ProviderQueries", "PractitionerQueries")) {
			String java = read(MAIN.resolve("java/cn/legalaid/provider/" + model + ".java"));
			assertThat(java).as(model).contains("ScopedListSql").doesNotContain("OFFSET :offset");
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
