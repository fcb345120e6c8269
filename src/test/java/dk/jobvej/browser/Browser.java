package dk.jobvej.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Chromium (Debian's {@code /usr/bin/chromium}) driven by Playwright, with axe-core from
 * npm to check each page for accessibility.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final String axe;

	Browser() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		try {
			axe = Files.readString(AXE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("axe-core is installed by npm during the build", ex);
		}
	}

	/** A fresh browser window with its own cookies, in Danish. */
	Page newPage() {
		BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setLocale("da-DK")
			.setBypassCSP(true));
		return context.newPage();
	}

	/** Runs axe-core on the page and fails on any serious or critical violation. */
	void assertAccessible(Page page) {
		page.evaluate(axe);
		@SuppressWarnings("unchecked")
		var violations = (List<String>) page.evaluate("""
				async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
				  .filter(v => v.impact === 'serious' || v.impact === 'critical')
				  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))
				""");
		assertThat(violations).as("axe-core violations on %s", page.url()).isEmpty();
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

}
