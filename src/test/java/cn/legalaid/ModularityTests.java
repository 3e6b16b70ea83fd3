package cn.legalaid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries and writes the module diagrams into docs/modules. */
class ModularityTests {

	private static final Path OUTPUT = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(LegalAidApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsIntoDocs() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(OUTPUT)) {
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				sortElementsAndRelations(diagram);
			}
		}
	}

	/**
	 * The documenter lists a diagram's components and relations in an order that changes from run to run; sorted,
	 * the files change only when the modules do.
	 */
	private static void sortElementsAndRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		String runKind = null;
		for (String line : lines) {
			String kind = kindOf(line);
			if (kind == null || !kind.equals(runKind)) {
				Collections.sort(run);
				sorted.addAll(run);
				run.clear();
			}
			if (kind == null) {
				sorted.add(line);
			}
			else {
				run.add(line);
			}
			runKind = kind;
		}
		Collections.sort(run);
		sorted.addAll(run);
		Files.write(diagram, sorted, StandardCharsets.UTF_8);
	}

	private static String kindOf(String line) {
		String trimmed = line.trim();
		return trimmed.startsWith("Component(") ? "Component" : trimmed.startsWith("Rel(") ? "Rel" : null;
	}
}
