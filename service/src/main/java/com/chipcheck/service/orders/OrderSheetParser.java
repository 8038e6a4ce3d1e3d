package com.chipcheck.service.orders;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.money.Currencies;
import com.chipcheck.rules.money.ExchangeRates;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.order.Purchase;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header row and turns every data row into an {@link OrderLine}. A cell that cannot be read is not
 * a reason to drop the row: the line carries the problem, named by its cell ({@code D7: "Chna" is not a
 * country}), and the rules hold it.
 *
 * Size: every column of the order contract (aliases, types, per-cell problems) is parsed here, one small method each.
 */
public final class OrderSheetParser {

    /** The header must be within the first rows of the sheet. */
    private static final int HEADER_SEARCH_ROWS = 20;

    /** @param chinese whether most of the header's columns are written in Chinese: the workbook is answered in Chinese */
    public record ParsedOrder(int headerRow, Map<OrderColumn, Integer> columns, List<SheetRow> rows, List<OrderLine> lines, boolean chinese) {
    }

    /** The exchange-rate table prices are checked against (a price whose currency has no rate names its cell); null: none. */
    private final ExchangeRates rates;

    public OrderSheetParser() {
        this(null);
    }

    public OrderSheetParser(ExchangeRates rates) {
        this.rates = rates;
    }

    public ParsedOrder parse(List<SheetRow> sheet) {
        Incremental parser = new Incremental(rates);
        sheet.forEach(parser::add);
        return parser.finish();
    }

    /**
     * Parses rows as they are read: the header is looked for in the first rows; every later non-blank row becomes a
     * line at once, so that lines can be decided while the rest of the sheet is still being read.
     */
    public static final class Incremental {
        private int seen;
        private Integer headerRow;
        private Map<OrderColumn, Integer> columns;
        private OrderFileException problem;
        private final List<SheetRow> rows = new ArrayList<>();
        private final List<OrderLine> lines = new ArrayList<>();
        private final ExchangeRates rates;
        private boolean chinese;
        /** The currency a price header states (单价（元）), for lines without a currency cell; null if none. */
        private String impliedCurrency;

        /** @param rates the exchange-rate table prices are checked against, or null */
        public Incremental(ExchangeRates rates) {
            this.rates = rates;
        }

        /** What a row turned out to be: the header, another row without a line, or line number n (from 0). */
        public static final int HEADER = -2;
        public static final int NO_LINE = -1;

        public int add(SheetRow row) {
            if (problem != null) {
                return NO_LINE;
            }
            if (headerRow == null) {
                if (++seen > HEADER_SEARCH_ROWS) {
                    problem = new OrderFileException("no header row with \"Part Number\" and \"Destination\" in the first "
                            + HEADER_SEARCH_ROWS + " rows");
                    return NO_LINE;
                }
                Map<OrderColumn, Integer> found = new EnumMap<>(OrderColumn.class);
                List<String> twice = new ArrayList<>();
                String[] priceCurrency = new String[1];
                row.cells().forEach((col, text) -> {
                    Optional<OrderColumn> column = OrderColumn.of(text);
                    Optional<String> currencyInHeader = column.isPresent() ? Optional.empty() : OrderColumn.priceCurrency(text);
                    if (currencyInHeader.isPresent()) { // 单价（元）, Unit Price (CNY): the price column, its currency in its header
                        column = Optional.of(OrderColumn.UNIT_PRICE);
                        priceCurrency[0] = currencyInHeader.get();
                    }
                    column.ifPresent(c -> {
                        Integer first = found.putIfAbsent(c, col);
                        if (first != null) { // two columns for one field: which one the line means cannot be told
                            twice.add(c.header() + " (" + cellName(first, row.rowNumber()) + " and " + cellName(col, row.rowNumber()) + ")");
                        }
                    });
                });
                if (found.containsKey(OrderColumn.PART_NUMBER) && found.containsKey(OrderColumn.DESTINATION)) {
                    chinese = OrderColumn.writtenInChinese(row.cells().values());
                    impliedCurrency = priceCurrency[0];
                    if (!twice.isEmpty()) {
                        problem = new OrderFileException("the header row names a column twice: " + String.join(", ", twice)
                                + "; keep one of each, so that every line says one destination, one end user and one of each country");
                        return NO_LINE;
                    }
                    List<String> missing = new ArrayList<>();
                    for (OrderColumn c : OrderColumn.values()) {
                        if (c.required() && !found.containsKey(c)) {
                            missing.add(chinese ? c.chineseHeader() + " (" + c.header() + ")" : c.header());
                        }
                    }
                    if (!missing.isEmpty()) {
                        problem = new OrderFileException("the header row lacks the column(s) " + String.join(", ", missing));
                        return NO_LINE;
                    }
                    headerRow = row.rowNumber();
                    columns = found;
                    return HEADER;
                }
                return NO_LINE;
            }
            if (row.blank()) {
                return NO_LINE;
            }
            rows.add(row);
            lines.add(line(row, columns, new Prices(rates, chinese, impliedCurrency)));
            return lines.size() - 1;
        }

        /** The lines parsed so far (grows while rows are added). */
        public List<OrderLine> lines() {
            return lines;
        }

        public ParsedOrder finish() {
            if (problem != null) {
                throw problem;
            }
            if (headerRow == null) {
                throw new OrderFileException("no header row with \"Part Number\" and \"Destination\" in the first "
                        + HEADER_SEARCH_ROWS + " rows");
            }
            return new ParsedOrder(headerRow, columns, rows, lines, chinese);
        }
    }

    /**
     * How prices of this sheet are read: the exchange-rate table (null: not checked), whether the sheet is written in
     * Chinese (where a price needs its currency: buyers there quote in yuan as often as in dollars), the currency its price
     * header states.
     */
    private record Prices(ExchangeRates rates, boolean chinese, String impliedCurrency) {
    }

    private static String cellName(int column, int rowNumber) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + rowNumber;
    }

    private static OrderLine line(SheetRow row, Map<OrderColumn, Integer> columns, Prices prices) {
        List<String> problems = new ArrayList<>();
        String lineId = limited(row, columns, OrderColumn.LINE, 200, problems);
        if (lineId == null) {
            lineId = "row " + row.rowNumber();
        }
        String part = limited(row, columns, OrderColumn.PART_NUMBER, 200, problems);
        if (part == null) {
            problems.add(ref(row, columns, OrderColumn.PART_NUMBER) + ": the part number is empty");
        }
        BigDecimal quantity = quantity(row, columns, problems);
        String destination = country(row, columns, OrderColumn.DESTINATION, true, problems);
        String located = country(row, columns, OrderColumn.END_USER_COUNTRY, false, problems);
        String hq = country(row, columns, OrderColumn.END_USER_HQ_COUNTRY, false, problems);
        String parent = country(row, columns, OrderColumn.ULTIMATE_PARENT_COUNTRY, false, problems);
        LocalDate shipDate = date(row, columns, problems);
        Party endUser = new Party(limited(row, columns, OrderColumn.END_USER, 400, problems), located, hq, parent);
        List<LineParty> others = new ArrayList<>();
        other(row, columns, LineParty.ULTIMATE_CONSIGNEE, OrderColumn.ULTIMATE_CONSIGNEE, OrderColumn.ULTIMATE_CONSIGNEE_COUNTRY, others, problems);
        other(row, columns, LineParty.INTERMEDIATE_CONSIGNEE, OrderColumn.INTERMEDIATE_CONSIGNEE, OrderColumn.INTERMEDIATE_CONSIGNEE_COUNTRY, others, problems);
        other(row, columns, LineParty.PURCHASER, OrderColumn.PURCHASER, OrderColumn.PURCHASER_COUNTRY, others, problems);
        return new OrderLine(lineId, part, null, quantity, destination, endUser, shipDate, problems, others, purchase(row, columns, shipDate, prices, problems));
    }

    /** Price, currency and what the buyer declared about the end user, for the procurement policy; bad cells are named. */
    private static Purchase purchase(SheetRow row, Map<OrderColumn, Integer> columns, LocalDate shipDate, Prices prices,
                                     List<String> problems) {
        ExchangeRates rates = prices.rates();
        BigDecimal price = optionalNumber(row, columns, OrderColumn.UNIT_PRICE, problems);
        BigDecimal capacity = optionalNumber(row, columns, OrderColumn.DECLARED_CAPACITY, problems);
        String written = columns.containsKey(OrderColumn.CURRENCY) ? text(row, columns, OrderColumn.CURRENCY) : null;
        String currency = Currencies.fold(written != null ? written : prices.impliedCurrency());
        if (price != null && currency == null && prices.chinese()) {
            // a Chinese sheet's price without a currency may be yuan as well as dollars: never read as USD by default
            problems.add(ref(row, columns, OrderColumn.UNIT_PRICE) + ": the price has no currency: write it in the 币种 (Currency) column "
                    + "(CNY, USD …) or in the price header, e.g. 单价（元）");
        }
        if (currency != null && !Currencies.isIso4217(currency)) {
            problems.add(ref(row, columns, OrderColumn.CURRENCY) + ": \"" + written + "\" is not an ISO 4217 currency code (USD, CNY, HKD …)");
            currency = null;
        } else if (price != null && rates != null && shipDate != null) {
            rates.noRate(currency == null ? "USD" : currency, shipDate)
                    .ifPresent(why -> problems.add(ref(row, columns, OrderColumn.CURRENCY) + ": " + why));
        }
        String type = columns.containsKey(OrderColumn.END_USER_TYPE) ? Purchase.endUserType(text(row, columns, OrderColumn.END_USER_TYPE)) : null;
        if (type != null) {
            if (!Purchase.END_USER_TYPES.contains(type)) {
                problems.add(ref(row, columns, OrderColumn.END_USER_TYPE) + ": \"" + text(row, columns, OrderColumn.END_USER_TYPE)
                        + "\" is not one of End User, Reseller, Distributor, Freight Forwarder");
                type = null;
            }
        }
        LocalDate incorporated = null;
        String inc = columns.containsKey(OrderColumn.END_USER_INCORPORATED) ? text(row, columns, OrderColumn.END_USER_INCORPORATED) : null;
        if (inc != null) {
            incorporated = WrittenDates.parse(inc);
            if (incorporated == null) {
                problems.add(ref(row, columns, OrderColumn.END_USER_INCORPORATED) + ": \"" + inc
                        + "\" is not a date (use an Excel date, YYYY-MM-DD, YYYY/MM/DD or YYYY年MM月DD日)");
            }
        }
        return new Purchase(price, currency, type, incorporated, capacity);
    }

    private static BigDecimal optionalNumber(SheetRow row, Map<OrderColumn, Integer> columns, OrderColumn column, List<String> problems) {
        String value = columns.containsKey(column) ? text(row, columns, column) : null;
        if (value == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.replace(",", ""));
            String unbounded = com.chipcheck.rules.order.Decimals.problem(n);
            if (unbounded != null) {
                problems.add(ref(row, columns, column) + ": \"" + value + "\" " + unbounded);
                return null;
            }
            if (n.signum() < 0) {
                problems.add(ref(row, columns, column) + ": \"" + value + "\" is negative");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(ref(row, columns, column) + ": \"" + value + "\" is not a number");
            return null;
        }
    }

    /** A consignee or the purchaser, when its name column is there and filled: screened like the end user. */
    private static void other(SheetRow row, Map<OrderColumn, Integer> columns, String role, OrderColumn name, OrderColumn country,
                              List<LineParty> out, List<String> problems) {
        String n = columns.containsKey(name) ? limited(row, columns, name, 400, problems) : null;
        String c = columns.containsKey(country) ? country(row, columns, country, false, problems) : null;
        if (n == null) {
            // a party's country (or headquarters) given without its name is still a party of the line: its country is
            // weighed, and the line is held because the party cannot be screened
            boolean anyCell = c != null || (role.equals(LineParty.ULTIMATE_CONSIGNEE)
                    && (optionalCountry(row, columns, OrderColumn.ULTIMATE_CONSIGNEE_HQ_COUNTRY, new ArrayList<>()) != null
                        || optionalCountry(row, columns, OrderColumn.ULTIMATE_CONSIGNEE_PARENT_COUNTRY, new ArrayList<>()) != null));
            if (!anyCell) {
                return;
            }
            problems.add(ref(row, columns, name) + ": the " + role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "'s name is empty while its other cells are filled; a party without a name cannot be screened");
        }
        if (role.equals(LineParty.ULTIMATE_CONSIGNEE)) { // where the consignee's group is headquartered, if the order says
            out.add(new LineParty(role, n, c, optionalCountry(row, columns, OrderColumn.ULTIMATE_CONSIGNEE_HQ_COUNTRY, problems),
                    optionalCountry(row, columns, OrderColumn.ULTIMATE_CONSIGNEE_PARENT_COUNTRY, problems)));
        } else {
            out.add(new LineParty(role, n, c));
        }
    }

    private static String optionalCountry(SheetRow row, Map<OrderColumn, Integer> columns, OrderColumn column, List<String> problems) {
        return columns.containsKey(column) ? country(row, columns, column, false, problems) : null;
    }

    private static BigDecimal quantity(SheetRow row, Map<OrderColumn, Integer> columns, List<String> problems) {
        String value = text(row, columns, OrderColumn.QUANTITY);
        String at = ref(row, columns, OrderColumn.QUANTITY);
        if (value == null) {
            problems.add(at + ": the quantity is empty");
            return null;
        }
        try {
            BigDecimal q = new BigDecimal(value.replace(",", "").trim());
            if (q.signum() > 0 && q.compareTo(com.chipcheck.rules.order.LineValidator.MAX_QUANTITY) > 0) {
                problems.add(at + ": \"" + value + "\" is more than " + com.chipcheck.rules.order.LineValidator.MAX_QUANTITY.toPlainString() + " units");
                return null;
            }
            if (!com.chipcheck.rules.order.Decimals.bounded(q) || q.signum() <= 0 || q.stripTrailingZeros().scale() > 0) {
                problems.add(at + ": \"" + value + "\" is not a positive whole number");
                return null;
            }
            if (q.compareTo(com.chipcheck.rules.order.LineValidator.MAX_QUANTITY) > 0) {
                problems.add(at + ": \"" + value + "\" is more than " + com.chipcheck.rules.order.LineValidator.MAX_QUANTITY.toPlainString() + " units");
                return null;
            }
            return q;
        } catch (NumberFormatException e) {
            problems.add(at + ": \"" + value + "\" is not a number");
            return null;
        }
    }

    /** The ISO code; a name is resolved; a value that is no country is a problem and comes back null. */
    private static String country(SheetRow row, Map<OrderColumn, Integer> columns, OrderColumn column, boolean required,
                                  List<String> problems) {
        String value = text(row, columns, column);
        if (value == null) {
            if (required) {
                problems.add(ref(row, columns, column) + ": the " + column.header().toLowerCase() + " is empty");
            }
            return null;
        }
        return Countries.resolve(value).orElseGet(() -> {
            problems.add(ref(row, columns, column) + ": \"" + value + "\" is not a country");
            return null;
        });
    }

    private static LocalDate date(SheetRow row, Map<OrderColumn, Integer> columns, List<String> problems) {
        String value = text(row, columns, OrderColumn.SHIP_DATE);
        if (value == null) {
            problems.add(ref(row, columns, OrderColumn.SHIP_DATE) + ": the ship date is empty");
            return null;
        }
        LocalDate date = WrittenDates.parse(value);
        if (date == null) {
            problems.add(ref(row, columns, OrderColumn.SHIP_DATE) + ": \"" + value + "\" is not a date (use an Excel date, YYYY-MM-DD, YYYY/MM/DD or YYYY年MM月DD日)");
        }
        return date;
    }

    private static String text(SheetRow row, Map<OrderColumn, Integer> columns, OrderColumn column) {
        String v = row.cell(columns.get(column));
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A text cell the records keep up to {@code max} characters: a longer one is cut there and holds its line, named. */
    private static String limited(SheetRow row, Map<OrderColumn, Integer> columns, OrderColumn column, int max, List<String> problems) {
        String v = text(row, columns, column);
        if (v != null && v.length() > max) {
            problems.add(ref(row, columns, column) + ": " + v.length() + " characters; at most " + max + " are kept");
            return v.substring(0, max);
        }
        return v;
    }

    private static String ref(SheetRow row, Map<OrderColumn, Integer> columns, OrderColumn column) {
        return CellReference.convertNumToColString(columns.get(column)) + row.rowNumber();
    }
}
