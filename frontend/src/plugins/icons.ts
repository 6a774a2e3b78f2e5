import { h } from 'vue'
import type { IconOptions, IconProps, IconSet } from 'vuetify'
import { VSvgIcon } from 'vuetify/components/VIcon'
import { aliases } from 'vuetify/iconsets/mdi-svg'
import { mdiPaths } from './mdiPaths'

/** The names of the templates (`mdi-plus`) drawn as inline SVG paths, so that no icon font is shipped. */
const mdiByName: IconSet = {
  component: (props: IconProps) =>
    h(VSvgIcon, { ...props, icon: typeof props.icon === 'string' ? (mdiPaths[props.icon] ?? '') : props.icon }),
}

/** Vuetify's own icons (`$close`, `$sortAsc`, …) are the SVG paths of its mdi-svg set. */
export const icons: IconOptions = { defaultSet: 'mdi', aliases, sets: { mdi: mdiByName } }
