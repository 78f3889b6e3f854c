// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai;

/// <summary>The official layout a report's tables follow.</summary>
/// <remarks>
/// The format is detected from the layout (the columns of table 二 and the rows of table 三), never
/// from the report year alone; a mismatch between the two is itself a finding.
/// </remarks>
public enum ReportFormat
{
    /// <summary>The layout could not be recognised.</summary>
    Unknown = 0,

    /// <summary>The trial format of 国办公开办函〔2019〕60号, for report years 2019–2020.</summary>
    Format2019 = 2019,

    /// <summary>The format of 国办公开办函〔2021〕30号, for report years 2021 onward.</summary>
    Format2021 = 2021,
}
