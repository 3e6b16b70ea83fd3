package cn.legalaid.shared.db;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster that a previous run left on the data directory. A JVM killed with -9 cannot stop its embedded
 * PostgreSQL, which keeps running on the directory and its {@code postmaster.pid}, so the next start would fail.
 * Before a start, {@link #clear} stops such a postmaster cleanly (a fast shutdown: a checkpoint, nothing committed is
 * lost) and removes a pid file whose process no longer runs, so that a restart after kill -9 needs no manual step.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	/** The file the embedded library locks while its JVM runs the server. */
	private static final String LIBRARY_LOCK_FILE = "epg-lock";

	private static final long STOP_SECONDS = 60;

	private LeftoverPostmaster() {
	}

	/**
	 * Stops the postmaster left on the directory, if any, and removes a stale pid file. Leaves everything as it is
	 * while another living process (or this JVM) holds the directory.
	 */
	static void clear(File dataDir) {
		Path dir = dataDir.toPath().toAbsolutePath();
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dir.resolve(LIBRARY_LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				log.warn("Embedded PostgreSQL on {} is held by another running process; leaving its postmaster alone", dir);
				return;
			}
			clearUnderLock(dir, pidFile);
		}
		catch (OverlappingFileLockException heldHere) {
			log.warn("Embedded PostgreSQL on {} already runs in this JVM; leaving its postmaster alone", dir);
		}
		catch (IOException ex) {
			log.warn("Could not check {} for a postmaster left by a previous run", pidFile, ex);
		}
	}

	private static void clearUnderLock(Path dir, Path pidFile) throws IOException {
		Optional<PidFile> recorded = PidFile.read(pidFile);
		if (recorded.isEmpty()) {
			// PostgreSQL refuses to start on an empty lock file; no living process holds the directory
			Files.deleteIfExists(pidFile);
			log.warn("Removed an empty or unreadable postmaster.pid from {}", dir);
			return;
		}
		long pid = recorded.get().pid();
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			awaitServerProcessesGone(dir);
			Files.deleteIfExists(pidFile);
			log.warn("Removed a stale postmaster.pid from {}: process {} no longer runs", dir, pid);
			return;
		}
		if (!isPostmasterOf(process.get(), dir, recorded.get())) {
			Files.deleteIfExists(pidFile);
			log.warn("Removed a stale postmaster.pid from {}: process {} is not a PostgreSQL server on this directory",
					dir, pid);
			return;
		}
		log.warn("A PostgreSQL server (pid {}) left running on {} by a previous run that ended without stopping it; "
				+ "stopping it before the start", pid, dir);
		long start = System.nanoTime();
		String how = stop(process.get(), dir);
		Files.deleteIfExists(pidFile);
		log.warn("Stopped the PostgreSQL server left on {} (pid {}) by {} in {} ms", dir, pid, how,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
	}

	/** A postgres executable whose working directory (the postmaster changes to its data directory) is ours. */
	private static boolean isPostmasterOf(ProcessHandle process, Path dir, PidFile recorded) throws IOException {
		Optional<String> command = process.info().command();
		String name = command.map(c -> Path.of(c).getFileName().toString().replaceFirst("\\.exe$", "")).orElse("");
		if (!name.equals("postgres")) {
			return false;
		}
		if (Files.isDirectory(Path.of("/proc", Long.toString(process.pid())))) {
			return worksIn(process, dir);
		}
		// no /proc (macOS): the data directory the postmaster recorded
		Path ours = dir.toRealPath();
		return recorded.dataDir().map(d -> sameFile(d, ours)).orElse(false);
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return a.toRealPath().equals(b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A fast shutdown with the server's own pg_ctl (beside its executable); else SIGTERM (a smart shutdown, which
	 * completes since the killed JVM's connections are gone), and SIGKILL as the last resort. Returns how it stopped.
	 */
	private static String stop(ProcessHandle postmaster, Path dir) {
		String how = pgCtlStop(postmaster, dir) ? "pg_ctl stop -m fast" : null;
		if (how == null) {
			postmaster.destroy();
			how = awaitExit(postmaster, STOP_SECONDS) ? "SIGTERM" : null;
		}
		if (how == null) {
			postmaster.destroyForcibly();
			awaitExit(postmaster, 10);
			how = "SIGKILL";
		}
		awaitServerProcessesGone(dir);
		return how;
	}

	/**
	 * Server processes notice a killed postmaster's end and exit; until they have, they hold its shared memory and a
	 * new postmaster refuses to start. Waits (up to 10 s) for every postgres process working in the directory.
	 */
	private static void awaitServerProcessesGone(Path dir) {
		List<ProcessHandle> remaining = ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false))
			.filter(p -> worksIn(p, dir))
			.toList();
		remaining.forEach(p -> awaitExit(p, 10));
	}

	private static boolean worksIn(ProcessHandle process, Path dir) {
		try {
			return Path.of("/proc", Long.toString(process.pid()), "cwd").toRealPath().equals(dir.toRealPath());
		}
		catch (IOException goneOrNoProcFileSystem) {
			return false;
		}
	}

	private static boolean pgCtlStop(ProcessHandle postmaster, Path dir) {
		Optional<Path> pgCtl = postmaster.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl"))
			.filter(Files::isExecutable);
		if (pgCtl.isEmpty()) {
			return false;
		}
		try {
			List<String> command = new ArrayList<>();
			if (LinuxUtils.isUnshareAvailable()) {
				// as the library runs its binaries: PostgreSQL refuses root, so a root JVM runs them in a user namespace
				command.addAll(List.of("unshare", "-U"));
			}
			command.addAll(List.of(pgCtl.get().toString(), "-D", dir.toString(), "stop", "-m", "fast", "-w", "-t",
					Long.toString(STOP_SECONDS)));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes()).trim();
			boolean exited = process.waitFor(STOP_SECONDS + 5, TimeUnit.SECONDS);
			if (!exited) {
				process.destroyForcibly();
			}
			if (exited && process.exitValue() == 0) {
				return awaitExit(postmaster, 5);
			}
			log.warn("pg_ctl could not stop the PostgreSQL server on {}: {}", dir, output);
			return false;
		}
		catch (IOException ex) {
			log.warn("pg_ctl could not stop the PostgreSQL server on {}", dir, ex);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitExit(ProcessHandle process, long seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
		catch (Exception timedOut) {
			return !process.isAlive();
		}
	}

	/** postmaster.pid: the first line is the postmaster's pid, the second its data directory. */
	record PidFile(long pid, Optional<Path> dataDir) {

		static Optional<PidFile> read(Path file) throws IOException {
			List<String> lines;
			try {
				lines = Files.readAllLines(file);
			}
			catch (NoSuchFileException gone) {
				return Optional.empty();
			}
			if (lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")) {
				return Optional.empty();
			}
			Optional<Path> dataDir = lines.size() > 1 && !lines.get(1).isBlank() ? Optional.of(Path.of(lines.get(1).trim()))
					: Optional.empty();
			return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()), dataDir));
		}
	}
}
