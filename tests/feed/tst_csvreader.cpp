#include "feed/CsvReader.h"

#include <QBuffer>
#include <QTest>

using kairos::CsvReader;

namespace {

// Hands out a few bytes per read, as a pipe may: records then straddle
// every possible chunk boundary.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({ max, qint64(1 + m_pos % 3), qint64(m_data.size()) - m_pos });
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    bool isSequential() const override { return true; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

struct Record
{
    QList<QByteArray> fields;
    qsizetype line = 0;
    bool error = false;
    bool operator==(const Record &) const = default;
};

QList<Record> allRecords(CsvReader &reader)
{
    QList<Record> out;
    QList<QByteArrayView> fields;
    while (reader.next(fields)) {
        Record r { {}, reader.lineNumber(), !reader.recordError().isEmpty() };
        for (QByteArrayView f : fields)
            r.fields.append(f.toByteArray());
        out.append(r);
    }
    return out;
}

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

    void aDeviceReadInPiecesGivesTheSameRecords_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n");
        QTest::newRow("crlf, no final newline") << QByteArray("a,b\r\n1,2");
        QTest::newRow("quotes") << QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"\"\n\"\"\"\"\n");
        QTest::newRow("quoted line break") << QByteArray("h\n\"two\nlines\"\nnext\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFtime,price\n1,2\n");
        QTest::newRow("unterminated") << QByteArray("a\n\"open,1\n2,3\n");
        QTest::newRow("text after quote") << QByteArray("\"a\"b,c\nok\n");
    }
    void aDeviceReadInPiecesGivesTheSameRecords()
    {
        QFETCH(QByteArray, csv);
        CsvReader whole(csv);
        TrickleDevice device(csv);
        CsvReader pieces(&device);
        const QList<Record> expected = allRecords(whole);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(allRecords(pieces), expected);
    }

    void aRecordOverTheLimitIsAnErrorAndReadingGoesOn_data()
    {
        QTest::addColumn<bool>("fromDevice");
        QTest::newRow("buffer") << false;
        QTest::newRow("device") << true;
    }
    void aRecordOverTheLimitIsAnErrorAndReadingGoesOn()
    {
        QFETCH(bool, fromDevice);
        QByteArray csv = "time,price\n1,2\n";
        csv += QByteArray(3 * CsvReader::MaxRecordBytes, 'x') + "\n";
        csv += "\"quoted\nline " + QByteArray(CsvReader::MaxRecordBytes, 'y') + "\"\n";
        csv += "3,4\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader = fromDevice ? CsvReader(&buffer) : CsvReader(QByteArrayView(csv));
        const QList<Record> records = allRecords(reader);
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[2].line, 3);
        QVERIFY(records[2].error);
        QVERIFY(records[2].fields.isEmpty());
        QCOMPARE(records[3].line, 4);
        QVERIFY(records[3].error);
        QCOMPARE(records[4], (Record { { "3", "4" }, 6, false }));
    }

    void anEndlessLineTakesBoundedMemory()
    {
        // /dev/zero as a file: one line that never ends. The reader gives up
        // on it at the limit, so a header read fails fast.
        QFile zero(QStringLiteral("/dev/zero"));
        if (!zero.open(QIODevice::ReadOnly))
            QSKIP("no /dev/zero on this system");
        CsvReader reader(&zero);
        QList<QByteArrayView> fields;
        QVERIFY(reader.next(fields));
        QVERIFY(reader.recordError().contains(u"longer than"));
        QVERIFY(reader.bytesRead() >= CsvReader::MaxRecordBytes);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
