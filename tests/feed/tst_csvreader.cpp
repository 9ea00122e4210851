#include "feed/CsvReader.h"

#include <QTest>

using kairos::CsvReader;

namespace {

QList<QByteArray> record(CsvReader &reader)
{
    QList<QByteArrayView> fields;
    if (!reader.next(fields))
        return { QByteArray("<end>") };
    QList<QByteArray> out;
    for (QByteArrayView f : fields)
        out.append(f.toByteArray());
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRecords()
    {
        CsvReader reader("a,b,c\n1,2,3\n");
        QCOMPARE(record(reader), (QList<QByteArray> { "a", "b", "c" }));
        QCOMPARE(reader.lineNumber(), 1);
        QCOMPARE(record(reader), (QList<QByteArray> { "1", "2", "3" }));
        QCOMPARE(reader.lineNumber(), 2);
        QCOMPARE(record(reader), QList<QByteArray> { "<end>" });
    }

    void crlfAndMissingFinalNewline()
    {
        CsvReader reader("a,b\r\n1,2");
        QCOMPARE(record(reader), (QList<QByteArray> { "a", "b" }));
        QCOMPARE(record(reader), (QList<QByteArray> { "1", "2" }));
        QCOMPARE(record(reader), QList<QByteArray> { "<end>" });
    }

    void quotedFields()
    {
        CsvReader reader("\"x,y\",\"say \"\"hi\"\"\",\"\"\n");
        QCOMPARE(record(reader), (QList<QByteArray> { "x,y", "say \"hi\"", "" }));
        QVERIFY(reader.recordError().isEmpty());
    }

    void quotedLineBreakKeepsLineNumbers()
    {
        CsvReader reader("h\n\"two\nlines\"\nnext\n");
        record(reader);
        QCOMPARE(record(reader), QList<QByteArray> { "two\nlines" });
        QCOMPARE(reader.lineNumber(), 2);
        QCOMPARE(record(reader), QList<QByteArray> { "next" });
        QCOMPARE(reader.lineNumber(), 4);
    }

    void emptyFieldsAndLines()
    {
        CsvReader reader(",,\n\nx\n");
        QCOMPARE(record(reader), (QList<QByteArray> { "", "", "" }));
        QCOMPARE(record(reader), QList<QByteArray> { "" });
        QCOMPARE(record(reader), QList<QByteArray> { "x" });
    }

    void byteOrderMarkIsSkipped()
    {
        CsvReader reader("\xEF\xBB\xBFtime,price\n");
        QCOMPARE(record(reader), (QList<QByteArray> { "time", "price" }));
    }

    void unterminatedQuoteIsAnError()
    {
        CsvReader reader("a\n\"open,1\n2,3\n");
        record(reader);
        record(reader);
        QVERIFY(!reader.recordError().isEmpty());
        QCOMPARE(record(reader), QList<QByteArray> { "<end>" });
    }

    void textAfterQuoteIsAnError()
    {
        CsvReader reader("\"a\"b,c\nok\n");
        const auto fields = record(reader);
        QCOMPARE(fields.size(), 2);
        QVERIFY(!reader.recordError().isEmpty());
        QCOMPARE(record(reader), QList<QByteArray> { "ok" });
        QVERIFY(reader.recordError().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
