/**
 * UPKIHON_IMAGE — the 家族構成 picture of 利用者基本情報: a JPEG whose name UPKIHON No.62
 * (familyImageFileName) gives; sent in the same unit as its UPKIHON file (本文 3.3 / 3.4).
 */
import { defineAttachmentKind } from '../kind.js';

export const UPKIHON_IMAGE = defineAttachmentKind({
  id: 'UPKIHON_IMAGE',
  title: { ja: '家族構成画像', en: 'Family composition image' },
  formName: { ja: '家族構成画像（利用者基本情報）', en: 'Family composition image' },
  section: '本文 3.3 / 3.4; 利用者基本情報 No.62',
  filename: 'UPKIHON_IMAGE_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}_{branch}.jpg',
  sender: 'planner',
  notes: ['A JPEG (starts with FF D8 FF); its name is written in UPKIHON No.62 of the record it belongs to, and it is deleted with that record by DLTKIHON.'],
});
