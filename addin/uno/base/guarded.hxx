// guarded(): the one way a UNO method body runs, so that no C++ exception crosses
// the UNO boundary. Shared by the Calc functions, the sidebar and the service.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <new>
#include <stdexcept>
#include <string>

namespace parcalc::uno
{

// Runs a UNO method body, turning any C++ exception into a UNO
// RuntimeException (Calc shows #VALUE!) so none crosses the UNO boundary.
// Messages name ParCalc: over the bridge a bare "std::bad_alloc" says nothing.
template <class F> auto guarded(F&& body) -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const css::uno::Exception&)
    {
        throw;
    }
    catch (const std::bad_alloc&)
    {
        throw css::uno::RuntimeException("ParCalc: out of memory");
    }
    catch (const std::exception& e)
    {
        throw css::uno::RuntimeException(
            fromUtf8(std::string("ParCalc: internal error: ") + e.what()));
    }
    catch (...)
    {
        throw css::uno::RuntimeException("ParCalc: unexpected error");
    }
}

} // namespace parcalc::uno
