/**
 * The few icons Boom draws, as inline SVG (no icon font, no network). All are symmetric or
 * mirrored by CSS under `[dir=rtl]`, so none points the wrong way in Persian.
 */
import type { SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement>;

/** The frame every icon is drawn in (features with icons of their own draw in it too). */
export function Svg(props: IconProps) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    />
  );
}

export const TrashIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </Svg>
);

export const PlusIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 5v14M5 12h14" />
  </Svg>
);

export const QuestionIcon = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6V14" />
    <circle cx="12" cy="17.2" r="0.6" fill="currentColor" />
  </Svg>
);

export const HeartIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z" />
  </Svg>
);

export const MapIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2V6Z" />
    <path d="M9 4v14M15 6v14" />
  </Svg>
);

/** A ranking: bars from tallest to shortest (Most voted). */
export const RankIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M5 20V8M12 20V4M19 20v-8" />
  </Svg>
);

export const StackIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 3l9 5-9 5-9-5 9-5Z" />
    <path d="M3 13l9 5 9-5" />
  </Svg>
);

export const ImportIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 15V3M7 10l5 5 5-5" />
    <path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />
  </Svg>
);

export const ExportIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M12 3v12M7 8l5-5 5 5" />
    <path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />
  </Svg>
);

/** Points back along the reading direction; mirrored in right-to-left pages (class `flips`). */
export const UndoIcon = (props: IconProps) => (
  <Svg className="flips" {...props}>
    <path d="M9 14L4 9l5-5" />
    <path d="M4 9h11a5 5 0 0 1 0 10h-3" />
  </Svg>
);

export const RedoIcon = (props: IconProps) => (
  <Svg className="flips" {...props}>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H9a5 5 0 0 0 0 10h3" />
  </Svg>
);

export const KeyboardIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h.01M9.5 10h.01M13 10h.01M16.5 10h.01M7 14h10" />
  </Svg>
);

/** A screen on a stand: presenting. */
export const PresentIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="3" y="4" width="18" height="12" rx="1.5" />
    <path d="M12 16v4M8 20h8M10 8.5l4 1.5-4 1.5Z" />
  </Svg>
);

/** A clipboard with a tick: checking the canvas. */
export const CheckIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="5" y="4" width="14" height="17" rx="1.5" />
    <path d="M9 4V3h6v1M9 13l2 2 4-4" />
  </Svg>
);

/** A magnifying glass: find. */
export const SearchIcon = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="11" cy="11" r="6" />
    <path d="m20 20-4.2-4.2" />
  </Svg>
);

export const PeopleIcon = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="9" cy="8" r="3" />
    <path d="M3 19c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5" />
    <circle cx="17" cy="9" r="2.2" />
    <path d="M16.5 13.6c2.6 0.2 4.5 2.1 4.5 5" />
  </Svg>
);

/** A clock with an arrow going back round it: History (a canvas's versions). A clock turns the same way in Persian. */
export const HistoryIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M3 12a9 9 0 1 0 3-6.7" />
    <path d="M3 4v5h5" />
    <path d="M12 7v5l3 2" />
  </Svg>
);
