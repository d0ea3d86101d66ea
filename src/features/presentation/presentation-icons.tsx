/**
 * The presentation's own icons: they load with it, not with the first screen (ui/icons has the
 * rest). Symmetric, or mirrored by CSS under `[dir=rtl]` (the `flips` class).
 */
import { Svg, type IconProps } from '@/ui/icons';
/** Points forward in the reading direction (give it the `flips` class). */
export const ChevronNextIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M9 5l7 7-7 7" />
  </Svg>
);

export const ChevronPreviousIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M15 5l-7 7 7 7" />
  </Svg>
);

/** Nine boxes: the whole canvas. */
export const OverviewIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="3" y="4" width="18" height="16" rx="1.5" />
    <path d="M3 15h18M8 4v11M16 4v11M12 4v11" />
  </Svg>
);

export const ContrastIcon = (props: IconProps) => (
  <Svg {...props}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 3a9 9 0 0 1 0 18Z" fill="currentColor" />
  </Svg>
);

export const CloseIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M6 6l12 12M18 6L6 18" />
  </Svg>
);

export const PauseIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M9 6v12M15 6v12" />
  </Svg>
);

export const PlayIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M8 5l11 7-11 7Z" />
  </Svg>
);

export const RestartIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M4 12a8 8 0 1 0 2.3-5.6M4 4v4.5h4.5" />
  </Svg>
);
