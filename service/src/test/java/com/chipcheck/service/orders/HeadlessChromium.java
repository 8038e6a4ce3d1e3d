package com.chipcheck.service.orders;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Debian's headless Chromium for the page tests, in a chosen language whatever the machine's locale. */
final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** @param language the browser's language and Accept-Language, e.g. en-US or zh-CN (the pages follow it) */
    static WebDriver open(String language) {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "this test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }
}
