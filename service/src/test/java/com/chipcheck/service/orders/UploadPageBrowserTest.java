package com.chipcheck.service.orders;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's path through the upload page in a real headless Chromium (Debian's chromium and chromium-driver,
 * which .ci/run installs): drop the example order, see the coloured table, download the annotated workbook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadPageBrowserTest {


    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        // the pages follow the browser's language (ChinesePagesBrowserTest has them in Chinese): English here
        browser = HeadlessChromium.open("en-US");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in on the login page as a demo user (password = name), then opens the upload page. */
    private void logIn(String name) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(name);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
    }

    @Test
    void aUserUploadsTheExampleOrderSeesEveryVerdictAndDownloadsTheWorkbook() throws Exception {
        logIn("procurement");
        Path example = Path.of("..", "samples", "orders", "example-order.xlsx").toAbsolutePath().normalize();
        browser.findElement(By.id("file")).sendKeys(example.toString());

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#lines tbody tr"));
        assertEquals(30, rows.size());
        WebElement first = rows.get(0).findElements(By.tagName("td")).get(4);
        assertEquals("NLR", first.getText());
        assertTrue(first.getAttribute("class").contains("NLR"), "outcome cell is coloured by its class");
        assertTrue(browser.findElement(By.id("summary")).getText().contains("PROHIBITED"));
        String typo = rows.get(27).getText();
        assertTrue(typo.contains("HOLD") && typo.contains("D29: \"Chna\" is not a country"), typo);

        String href = browser.findElement(By.id("download")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("procurement:procurement".getBytes())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            int outcome = -1;
            for (org.apache.poi.ss.usermodel.Cell c : wb.getSheet("Order").getRow(0)) {
                outcome = "Outcome".equals(c.getStringCellValue()) ? c.getColumnIndex() : outcome;
            }
            assertTrue(outcome > 0, "an Outcome column");
            assertEquals("NLR", wb.getSheet("Order").getRow(1).getCell(outcome).getStringCellValue());
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#orders tbody tr")));
        String newest = browser.findElements(By.cssSelector("#orders tbody tr")).get(0).getText();
        assertTrue(newest.contains("example-order.xlsx") && newest.contains("COMPLETED") && newest.contains("PROHIBITED"),
                "the order is listed under the user's orders: " + newest);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "upload-page.png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void aFileThatIsNotAnOrderShowsTheProblem() throws Exception {
        Path junk = Files.createTempFile("junk", ".xlsx");
        Files.writeString(junk, "not a workbook");
        logIn("procurement");
        browser.findElement(By.id("file")).sendKeys(junk.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "cannot be used"));
        assertTrue(browser.findElement(By.id("error")).getText().contains("not an .xlsx workbook"));
    }

    @Test
    void aComplianceOfficerReleasesAnotherUsersHeldLineOnTheHoldsPage() {
        logIn("procurement");
        browser.findElement(By.id("file")).sendKeys(Path.of("..", "samples", "orders", "example-order.xlsx").toAbsolutePath().normalize().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        browser.manage().deleteAllCookies(); // sign out

        logIn("compliance");
        browser.get("http://localhost:" + port + "/holds.html");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter"))).selectByValue("HOLD");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#holds tbody tr form.release")));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loading", "0")); // the table stands
        assertTrue(browser.findElement(By.id("who")).getText().contains("compliance"));
        WebElement row = browser.findElements(By.cssSelector("#holds tbody tr")).stream()
                .filter(r -> r.getText().contains("procurement") && !r.findElements(By.cssSelector("form.release")).isEmpty()
                        && r.findElement(By.cssSelector("input.licence")).getAttribute("required") == null) // no licence to give
                .findFirst().orElseThrow();
        String line = row.findElements(By.tagName("td")).get(1).getText();
        row.findElement(By.tagName("textarea")).sendKeys("Checked the end user's documents; the line may ship");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Released"),
                ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "Not released")));
        String done = browser.findElement(By.id("done")).getText();
        assertTrue(done.startsWith("Released"), browser.findElement(By.id("error")).getText() + " (line " + line + ")");
        assertTrue(done.contains("as DEC-"), done);
        assertTrue(line.startsWith(done.substring("Released ".length(), done.indexOf(" line "))), line + " / " + done);
    }

    private HttpResponse<String> api(String user, String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLicencesPageShowsWhatIsLeftABarOfWhatIsDrawnWhatExpiresSoonAndTheNacNotifications() throws Exception {
        String number = "DB" + System.nanoTime() % 1_000_000;
        String endUser = "Browser Licence " + number + " Co";
        java.time.LocalDate soon = java.time.LocalDate.now().plusDays(20);
        assertEquals(201, api("compliance", "POST", "/api/v1/licences", """
                {"number":"%s","validFrom":"2026-01-01","validUntil":"%s","eccns":["3A090.a"],"destinations":["CN"],
                 "parties":[{"name":"%s","country":"CN"}],"quantity":10}""".formatted(number, soon, endUser)).statusCode());
        String check = api("procurement", "POST", "/api/v1/checks", """
                {"asOf":"%s","lines":[{"lineId":"1","partNumber":"NVIDIA H100 SXM5 80GB","quantity":4,"destinationCountry":"CN",
                 "endUser":{"name":"%s","country":"CN","headquartersCountry":"CN","ultimateParentCountry":"CN"}}]}"""
                .formatted(java.time.LocalDate.now(), endUser)).body();
        assertTrue(check.contains("\"LICENSED\""), check);
        String csv = "Line,Part Number,Quantity,Destination,End User,End User Country,End User HQ Country,Ultimate Parent Country,Ship Date\n"
                + "1,NVIDIA H100 SXM5 80GB,4,CN," + endUser + ",CN,CN,CN," + java.time.LocalDate.now() + "\n";
        Path order = Files.createTempFile("licensed", ".csv");
        Files.writeString(order, csv);
        assertEquals(201, api("compliance", "POST", "/api/v1/nac-notifications", """
                {"parts":["NVIDIA GeForce RTX 4090"],"destination":"CN","parties":[{"name":"%s","country":"CN"}],"quantity":50,
                 "submitted":"%s"}""".formatted(endUser, java.time.LocalDate.now())).statusCode());

        logIn("procurement");
        browser.findElement(By.id("file")).sendKeys(order.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        List<WebElement> cells = browser.findElements(By.cssSelector("#lines tbody tr")).get(0).findElements(By.tagName("td"));
        assertEquals("LICENSED", cells.get(4).getText());
        assertTrue(cells.get(7).getText().contains("licence " + number + ", 6 units left"), cells.get(7).getText());
        assertEquals("yes", cells.get(8).getText());
        assertTrue(browser.findElement(By.id("shippable")).getText().startsWith("1 of 1 lines may ship"));

        browser.get("http://localhost:" + port + "/licences.html");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#licences tr[data-number='" + number + "']")));
        assertTrue(row.findElement(By.cssSelector("td.left")).getText().equals("6 of 10"), row.getText());
        assertEquals("40%", row.findElement(By.cssSelector(".bar")).getAttribute("title").replace(" drawn", ""));
        assertTrue(browser.findElement(By.id("expiring")).getText().contains(number + " expires on " + soon + ", 6 units left"),
                browser.findElement(By.id("expiring")).getText());
        WebElement nac = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//table[@id='notifications']//tr[td[5][contains(., '" + endUser + "')]]")));
        assertTrue(nac.getText().contains("WAITING") && nac.getText().contains(java.time.LocalDate.now().plusDays(25).toString()), nac.getText());
        Files.write(Path.of("target", "licences-page.png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
