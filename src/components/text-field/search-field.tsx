import { Input, View } from '@tarojs/components';
import { LineIcon } from '../line-icon';
import './search-field.css';

export interface SearchFieldProps {
  /** The field's own classes, e.g. `home__search`: what the specs select. */
  name: string;
  value: string;
  /** Says what can be searched; also the field's name for screen readers (no visible label). */
  placeholder: string;
  onChange: (value: string) => void;
  /** Searching is a step of its own (home opens the catalog): the keyboard's search key and a button. */
  onSearch?: () => void;
  actionLabel?: string;
}

/** A search box in the one field style: a magnifier, the field and, where searching is a step, its button. */
export function SearchField({ name, value, placeholder, onChange, onSearch, actionLabel }: SearchFieldProps) {
  return (
    <View className={`qyb-field search-field ${name}`}>
      <LineIcon name="search" className="search-field__icon" colour="#5c6470" />
      <Input
        className="search-field__input"
        value={value}
        placeholder={placeholder}
        placeholderClass="qyb-field__placeholder"
        confirmType="search"
        nativeProps={{ 'aria-label': placeholder }}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={onSearch}
      />
      {onSearch && (
        <View className="search-field__go" role="button" onClick={onSearch}>
          {actionLabel}
        </View>
      )}
    </View>
  );
}
