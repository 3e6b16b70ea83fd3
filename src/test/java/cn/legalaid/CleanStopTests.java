package cn.legalaid;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 15: stopping {@code ./mvnw spring-boot:run} (Ctrl-C, kill) was a Maven BUILD FAILURE with exit
 * code 143. A JVM started as the pom starts it ({@code -Dlegalaid.exit-zero-on-stop=true}) and sent SIGTERM closes
 * its Spring context and ends with 0; without the property it ends with 143 as any JVM does.
 */
class CleanStopTests {

	@Configuration(proxyBeanMethods = false)
	static class Empty {
	}

	/** The child: what {@link LegalAidApplication#main} does, with an empty context; says when it is up. */
	public static void main(String[] args) throws Exception {
		LegalAidApplication.exitZeroOnStopIfAsked();
		SpringApplication app = new SpringApplication(Empty.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.run(args);
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(60_000);
	}

	@Test
	void aStoppedRunEndsWithZeroWhenAskedAnd143Otherwise() throws Exception {
		assertThat(stoppedWith(true)).as("exit status with -Dlegalaid.exit-zero-on-stop=true").isZero();
		assertThat(stoppedWith(false)).as("exit status of a plain JVM").isEqualTo(143);
	}

	private static int stoppedWith(boolean exitZero) throws Exception {
		Path out = Files.createTempFile("clean-stop", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				"-D" + LegalAidApplication.EXIT_ZERO_ON_STOP + "=" + exitZero, CleanStopTests.class.getName()))
			.redirectErrorStream(true)
			.redirectOutput(out.toFile())
			.start();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!Files.readString(out).contains("READY") && System.currentTimeMillis() < deadline && child.isAlive()) {
			Thread.sleep(100);
		}
		assertThat(Files.readString(out)).as("the child started").contains("READY");
		child.destroy(); // SIGTERM
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		new File(out.toString()).delete();
		return child.exitValue();
	}
}
