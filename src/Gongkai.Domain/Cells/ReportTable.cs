// Copyright (c) Gongkai contributors. Licensed under the MIT License.

namespace Gongkai.Cells;

/// <summary>The three statistical tables of the annual report.</summary>
public enum ReportTable : byte
{
    /// <summary>Table 二: 主动公开政府信息情况.</summary>
    Table2 = 2,

    /// <summary>Table 三: 收到和处理政府信息公开申请情况.</summary>
    Table3 = 3,

    /// <summary>Table 四: 政府信息公开行政复议、行政诉讼情况.</summary>
    Table4 = 4,
}
