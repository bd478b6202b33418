import type { ThemeConfig } from 'antd';

/** Slightly larger type than antd's default: the app is read across a meeting table and, later,
 * on a projector. CJK fonts first so Chinese never falls back to a mismatched face. */
export const theme: ThemeConfig = {
  token: {
    fontSize: 15,
    colorPrimary: '#b7312c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px' },
    Table: { cellPaddingBlockSM: 6, headerBg: '#f5f6f8' },
    Menu: { itemHeight: 44 },
  },
};
