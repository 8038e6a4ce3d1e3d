package com.chipcheck.service.orders;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three pages as a Chinese-speaking compliance or procurement user sees them, in a real headless Chromium whose
 * language is Chinese (Debian's chromium and chromium-driver, as {@link UploadPageBrowserTest}): Chinese labels, outcomes
 * as their code with a Chinese label, the service's reasons in Chinese, and the switch to English that the browser keeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChinesePagesBrowserTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> OUTCOME_LABELS = List.of("NLR 无需许可证", "ACA 适用许可例外 ACA", "NAC 适用许可例外 NAC（须事先通知 BIS）",
            "LICENSED 已有许可证覆盖", "LICENSE_REQUIRED 需申请许可证", "PROHIBITED 禁止出口", "HOLD 暂停发货，待人工复核");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("zh-CN");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in on the login page as a demo user (password = name); the upload page opens. */
    private void logIn(String name) {
        browser.get("http://localhost:" + port + "/login");
        String heading = browser.findElement(By.tagName("h1")).getText();
        org.junit.jupiter.api.Assertions.assertTrue(heading.equals("登录 ChipCheck") || heading.equals("Sign in to ChipCheck"),
                "the sign-in page speaks the page's language: " + heading);
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(name);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private List<String> headers(String table) {
        return browser.findElements(By.cssSelector("#" + table + " thead th")).stream().map(WebElement::getText).toList();
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Chooses English on the switch, sees the English heading, and finds it again after a reload. */
    private void switchToEnglishAndReload(String englishHeading) {
        WebElement english = browser.findElement(By.cssSelector("#lang-switch a[data-lang='en']"));
        assertEquals("English", english.getText());
        assertEquals("中文", text("#lang-switch a[data-lang='zh-CN']"));
        english.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), englishHeading));
        assertEquals("en", htmlLang());
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), englishHeading));
        assertEquals("en", htmlLang(), "the choice is kept across a reload");
        assertEquals("en", ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('chipcheck.lang')"));
    }

    /** What the page looks like, in target/ for a person to look at. */
    private void screenshot(String name) throws java.io.IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private HttpResponse<String> api(String user, String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUploadPageSpeaksChineseShowsAChineseOrdersVerdictsInChineseAndSwitchesToEnglish() throws Exception {
        browser.get("http://localhost:" + port + "/login?error");
        assertEquals("登录 ChipCheck", text("h1"), "the sign-in page in Chinese too");
        assertEquals("用户名", text("label[for=username]"));
        assertTrue(text("#error").startsWith("用户名或密码错误"), text("#error"));
        logIn("procurement");
        assertEquals("zh-CN", htmlLang(), "a browser that prefers Chinese gets the page in Chinese");
        assertTrue(text("h1").contains("上传订单"), text("h1"));
        assertEquals("ChipCheck — 上传订单", browser.getTitle());
        assertEquals("将订单文件拖放到此处，或点击选择文件", text("#drop-text"));
        assertEquals(List.of("上传时间", "文件", "订单号", "处理状态", "判定结论", "待合规复核行数", "已放行行数", ""), headers("orders"));

        Path example = Path.of("..", "samples", "orders", "example-order-zh.xlsx").toAbsolutePath().normalize();
        browser.findElement(By.id("file")).sendKeys(example.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertEquals(List.of("行号", "料号", "ECCN", "TPP", "判定结论", "许可例外", "理由", "许可证 / NAC", "可否发货"), headers("lines"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#lines tbody tr"));
        assertEquals(30, rows.size());
        WebElement first = rows.get(0).findElements(By.tagName("td")).get(4);
        assertEquals("NLR 无需许可证", first.getText());
        assertTrue(first.getAttribute("class").contains("NLR"), "the outcome cell is still coloured by its code");
        boolean chineseReason = false;
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String outcome = cells.get(4).getText();
            assertTrue(OUTCOME_LABELS.contains(outcome), "an outcome as its code and Chinese label: " + outcome);
            assertTrue(List.of("可发货", "暂不可发货").contains(cells.get(8).getText()), cells.get(8).getText());
            String reasons = cells.get(6).getText();
            chineseReason |= reasons.startsWith("[") && HAN.matcher(reasons).find();
        }
        assertTrue(chineseReason, "the service's reasons are in Chinese, their rule ids kept");
        String summary = text("#summary");
        assertTrue(summary.contains("PROHIBITED 禁止出口") && summary.contains("行可发货"), summary);
        assertTrue(text("#download").equals("下载附判定结果的订单工作簿"), text("#download"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#orders tbody tr")));
        String newest = browser.findElements(By.cssSelector("#orders tbody tr")).get(0).getText();
        assertTrue(newest.contains("example-order-zh.xlsx") && newest.contains("COMPLETED 已完成"), newest);
        screenshot("upload-page-zh.png");

        switchToEnglishAndReload("ChipCheck — export-control check of an order workbook");
        assertEquals("Drop a workbook here, or click to choose one", text("#drop-text"));
        assertEquals(List.of("Received", "File", "Order", "State", "Outcome", "Lines waiting for compliance", "Released", ""), headers("orders"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#orders tbody tr")));
        String listed = browser.findElements(By.cssSelector("#orders tbody tr")).get(0).getText();
        assertTrue(listed.contains("COMPLETED") && !listed.contains("已完成"), listed);

        // an English order uploaded from the page now in English (the browser still prefers Chinese): answered in English
        browser.findElement(By.id("file")).sendKeys(Path.of("..", "samples", "orders", "example-order.xlsx").toAbsolutePath().normalize().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        List<WebElement> english = browser.findElements(By.cssSelector("#lines tbody tr"));
        assertEquals(30, english.size());
        assertEquals("NLR", english.get(0).findElements(By.tagName("td")).get(4).getText());
        for (WebElement row : english) {
            String reasons = row.findElements(By.tagName("td")).get(6).getText();
            assertFalse(HAN.matcher(reasons).find(), "the page asks for English reasons: " + reasons);
        }
        assertTrue(text("#shippable").matches("\\d+ of 30 lines may ship.*"), text("#shippable"));
    }

    @Test
    void theHoldsPageSpeaksChineseWithTheServersReasonsInChineseAndSwitchesToEnglish() throws Exception {
        // an English order from procurement: its held lines' reasons are stored in English and translated on request
        byte[] order = Files.readAllBytes(Path.of("..", "samples", "orders", "example-order.xlsx"));
        String boundary = "----chipcheck" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"example-order.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + order.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(order, 0, body, head.length, order.length);
        System.arraycopy(tail, 0, body, head.length + order.length, tail.length);
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("procurement:procurement".getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        java.util.regex.Matcher id = Pattern.compile("\"decisionId\":\"([^\"]+)\"").matcher(uploaded.body());
        assertTrue(id.find(), uploaded.body());
        String decision = id.group(1);

        logIn("compliance");
        browser.get("http://localhost:" + port + "/holds.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#holds tbody tr form.release")));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loading", "0"));
        assertEquals("zh-CN", htmlLang());
        assertEquals("ChipCheck — 暂扣待复核", text("h1"));
        assertEquals(List.of("暂扣时间", "判定记录 / 行", "提交人", "料号", "目的国 / 最终用户", "发货日期", "判定结论", "理由", "放行"), headers("holds"));
        assertEquals("全部未结行", text("#filter option[value='']"));
        assertTrue(Pattern.matches("共 \\d+ 行待处理(（仅显示最早的 \\d+ 行）)?", text("#total")), text("#total"));
        assertTrue(text("#who").startsWith("当前用户：compliance（合规"), text("#who"));
        // the lines held from that order (or, should the queue show only older ones, other lines procurement asked for)
        List<WebElement> mine = ofDecision(decision);
        boolean shown = !mine.isEmpty();
        List<WebElement> rows = shown ? mine : browser.findElements(By.cssSelector("#holds tbody tr")).stream()
                .filter(r -> r.getText().contains("procurement")).toList();
        assertFalse(rows.isEmpty(), "held lines that procurement asked for");
        boolean chineseReason = false;
        for (WebElement r : rows) {
            List<WebElement> cells = r.findElements(By.tagName("td"));
            assertTrue(List.of("HOLD 暂停发货，待人工复核", "LICENSE_REQUIRED 需申请许可证").contains(cells.get(6).getText()), cells.get(6).getText());
            chineseReason |= HAN.matcher(cells.get(7).getText()).find();
        }
        assertTrue(chineseReason, "the reasons of an English order, in Chinese as the page asked (Accept-Language)");
        WebElement held = rows.stream().filter(r -> !r.findElements(By.cssSelector("form.release")).isEmpty()).findFirst().orElseThrow();
        assertEquals("放行理由：您核查了哪些内容，为何该行可以发货", held.findElement(By.tagName("textarea")).getAttribute("placeholder"));
        assertTrue(held.findElement(By.cssSelector("input.licence")).getAttribute("placeholder").startsWith("已登记的许可证号"));
        assertEquals("放行", held.findElement(By.cssSelector("button[type=submit]")).getText());
        screenshot("holds-page-zh.png");

        switchToEnglishAndReload("ChipCheck — held lines");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loading", "0"));
        assertEquals(List.of("Held since", "Decision / line", "Requested by", "Part", "Destination / end user", "Ship date", "Outcome",
                "Reasons", "Release"), headers("holds"));
        assertTrue(text("#total").matches("\\d+ open.*"), text("#total"));
        assertEquals("all open lines", text("#filter option[value='']"));
        if (shown) {
            for (WebElement r : ofDecision(decision)) {
                String reasons = r.findElements(By.tagName("td")).get(7).getText();
                assertFalse(HAN.matcher(reasons).find(), "in English, the reasons too: " + reasons);
                assertTrue(r.findElements(By.tagName("td")).get(6).getText().matches("HOLD|LICENSE_REQUIRED"), r.getText());
            }
        }
    }

    /** The rows of the holds table that belong to one decision ("DEC-… / 3" or "DEC-… / 第 3 行"). */
    private List<WebElement> ofDecision(String decisionId) {
        return browser.findElements(By.cssSelector("#holds tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(1).getText().startsWith(decisionId + " / ")).toList();
    }

    @Test
    void theLicencesPageSpeaksChineseAndSwitchesToEnglish() throws Exception {
        String number = "DZ" + System.nanoTime() % 1_000_000;
        LocalDate soon = LocalDate.now().plusDays(20);
        assertEquals(201, api("compliance", "POST", "/api/v1/licences", """
                {"number":"%s","validFrom":"2026-01-01","validUntil":"%s","eccns":["3A090.a"],"destinations":["CN"],
                 "parties":[{"name":"Chinese Page %s Co","country":"CN"}],"quantity":10}""".formatted(number, soon, number)).statusCode());

        logIn("procurement");
        browser.get("http://localhost:" + port + "/licences.html");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#licences tr[data-number='" + number + "']")));
        assertEquals("zh-CN", htmlLang());
        assertEquals("ChipCheck — 许可证与 NAC 通知", text("h1"));
        assertEquals(List.of("30 天内即将到期", "许可证", "NAC 通知"),
                browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("许可证号", "状态", "有效期", "ECCN / 料号", "目的国", "相关方", "已核减", "剩余数量", "剩余金额", "核减记录"),
                headers("licences"));
        assertEquals(List.of("通知编号", "状态", "物项", "目的国", "最终用户", "提交日期", "最早发货日", "BIS 答复", "剩余数量"), headers("notifications"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("ACTIVE 有效", cells.get(1).getText());
        assertTrue(cells.get(2).getText().endsWith("（即将到期）"), cells.get(2).getText());
        assertEquals("10 / 10", row.findElement(By.cssSelector("td.left")).getText());
        assertEquals("已核减 0%", row.findElement(By.cssSelector(".bar")).getAttribute("title"));
        assertTrue(text("#expiring").contains(number + " 将于 " + soon + " 到期，剩余数量 10 件"), text("#expiring"));
        assertTrue(text("a[href='/api/v1/licences/workbook.xlsx']").equals("下载许可证工作簿"));
        screenshot("licences-page-zh.png");

        switchToEnglishAndReload("ChipCheck — licences and NAC notifications");
        WebElement again = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#licences tr[data-number='" + number + "']")));
        assertEquals(List.of("Expiring within 30 days", "Licences", "NAC notifications"),
                browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList());
        assertEquals("ACTIVE", again.findElements(By.tagName("td")).get(1).getText());
        assertEquals("10 of 10", again.findElement(By.cssSelector("td.left")).getText());
        assertTrue(text("#expiring").contains(number + " expires on " + soon + ", 10 units left"), text("#expiring"));
    }
}
