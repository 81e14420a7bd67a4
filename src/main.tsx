import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/App';
import { StoreContext } from './state/StoreContext';
import { createAppStore } from './state/store';
import { parseUrl } from './state/urlCodec';
import { startPlayer } from './state/player';
import { syncUrl } from './state/urlSync';
import { pauseWhenHidden } from './state/visibility';
import './styles.css';
import './print.css';

const initial = parseUrl(location.search);
const store = createAppStore(initial);
store.setState({ notices: initial.notices });
startPlayer(store);
pauseWhenHidden(store, document);
syncUrl(store, (query) => history.replaceState(history.state, '', query));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
