#include "support/zipbuilder.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <locale.h>

namespace leerpad::test {

namespace {
la_ssize_t appendTo(archive *, void *buffer, const void *data, std::size_t size)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}
} // namespace

QByteArray buildZip(const QList<ZipEntry> &entries, const QByteArray &passphrase)
{
    // Names are UTF-8 whatever the test's locale is.
    const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
    const locale_t before = uselocale(utf8);
    QByteArray out;
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_bytes_in_last_block(a, 1); // no padding after the directory
    archive_write_set_format_option(a, "zip", "hdrcharset", "UTF-8");
    if (!passphrase.isEmpty()) {
        archive_write_set_format_option(a, "zip", "encryption", "zipcrypt");
        archive_write_set_passphrase(a, passphrase.constData());
    }
    archive_write_open2(a, &out, nullptr, appendTo, nullptr, nullptr);
    for (const ZipEntry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, e.name.constData());
        archive_entry_set_mtime(entry, 1700000000, 0);
        switch (e.kind) {
        case ZipEntry::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_size(entry, e.data.size());
            break;
        case ZipEntry::Kind::Folder:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case ZipEntry::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_perm(entry, 0777);
            archive_entry_set_symlink_utf8(entry, e.data.constData());
            break;
        }
        if (e.deflate)
            archive_write_zip_set_compression_deflate(a);
        else
            archive_write_zip_set_compression_store(a);
        archive_write_header(a, entry);
        if (e.kind == ZipEntry::Kind::File)
            archive_write_data(a, e.data.constData(), std::size_t(e.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    uselocale(before);
    freelocale(utf8);
    return out;
}

bool writeZip(const QString &path, const QList<ZipEntry> &entries, const QByteArray &passphrase)
{
    QFile f(path);
    const QByteArray bytes = buildZip(entries, passphrase);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray miniCourseJson(const QByteArray &id)
{
    return "{\n  \"format\": 1,\n  \"id\": \"" + id +
           "\",\n  \"title\": \"Mini\",\n  \"language\": \"nl\",\n  \"version\": \"1\",\n"
           "  \"sections\": [{\"id\": \"s1\", \"title\": \"Een\", \"pages\": [{\"id\": \"p1\", "
           "\"title\": \"Pagina\", \"blocks\": [{\"id\": \"b1\", \"kind\": \"text\", \"content\": "
           "[{\"type\": \"paragraph\", \"text\": \"Hallo.\"}]}]}]}]\n}\n";
}

} // namespace leerpad::test
