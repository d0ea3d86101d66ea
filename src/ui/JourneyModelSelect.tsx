import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { JOURNEY_MODEL_IDS, type JourneyModelId } from '@/domain/journey';
import '@/i18n/model-words';

/** The canvas's journey model, shared by the panels that work with journey phases. */
export function JourneyModelSelect({ value, onChange }: { value: JourneyModelId; onChange: (model: JourneyModelId) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('model:journeyModels.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as JourneyModelId)}>
        {JOURNEY_MODEL_IDS.map((model) => (
          <option key={model} value={model}>
            {t(`model:journeyModels.${model}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
