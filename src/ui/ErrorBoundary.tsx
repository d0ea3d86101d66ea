import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

interface Props {
  /** Which part of the app this guards; its message is `errors.<feature>`. */
  feature: 'canvas' | 'header' | 'notices' | 'presentation';
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Keeps an error inside one feature: that feature is replaced by a translated message with a
 * retry button, and the rest of the app goes on working. The data is untouched: state lives in
 * the store, not in the crashed components.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <FeatureError feature={this.props.feature} onRetry={() => this.setState({ failed: false })} />;
  }
}

function FeatureError({ feature, onRetry }: { feature: Props['feature']; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="feature-error">
      <p>{t(`errors.${feature}`)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
