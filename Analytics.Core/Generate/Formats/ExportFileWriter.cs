namespace LivePeak.Analytics.Generate.Formats;

/// <summary>Stores an <see cref="ExportFile"/> in its container.</summary>
internal static class ExportFileWriter
{
    public static string Write(ExportFile file, string directory)
    {
        var path = Path.Combine(directory, file.FileName);
        var rows = file.Rows.Select(r => r.Cells);
        switch (file.Container)
        {
            case FileContainer.CsvWithBom:
            case FileContainer.Csv:
                CsvFileWriter.Write(path, rows, byteOrderMark: file.Container == FileContainer.CsvWithBom);
                break;
            case FileContainer.Xlsx:
            case FileContainer.XlsxStaleDimension:
                // A sheet's dimension precedes its rows, so XLSX rows are gathered first; a sheet holds
                // at most a million rows anyway.
                var list = rows.ToList();
                if (list.Count > XlsxWriter.MaxRows)
                {
                    throw new Import.UserInputException(
                        new Render.Localization.LocalText("error.generate.xlsxrows", ("file", file.FileName), ("rows", list.Count), ("max", XlsxWriter.MaxRows)),
                        Import.ExitCodes.BadOption);
                }

                var sheet = new XlsxSheet(file.SheetName, list, StaleDimension: file.Container == FileContainer.XlsxStaleDimension);
                var more = file.MoreSheets.Select(s => new XlsxSheet(s.Name, s.Rows.Select(r => (IReadOnlyList<SheetCell>)r.Cells).ToList()));
                XlsxWriter.Write(path, [sheet, .. more]);
                break;
            default:
                throw new InvalidOperationException($"unknown container {file.Container}");
        }

        return path;
    }
}
